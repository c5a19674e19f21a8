import { isComplete, markComplete } from '~/progress/store.ts';
import { answerKey, decodeText, seededOrder } from './answer-key.ts';
import { answersOf, learnerSeed, rememberAnswer } from './quiz-memory.ts';

/**
 * `<lab-quiz data-item="<lesson>/quiz">`: progressive enhancement for the markup `Quiz.astro` renders.
 * Each question is a `<form data-qid data-key>`; its options come in an order seeded per learner (stable
 * across reloads). Checking an answer compares the option's hashed key with the question's, reveals the
 * chosen option's explanation (all of them once the right one is found) and announces the verdict through
 * the form's live region. Answers are remembered, so a reload shows them again. When every question has
 * been answered correctly, the quiz is marked complete in the progress store.
 */
class LabQuiz extends HTMLElement {
  #solved = new Set<number>();

  connectedCallback(): void {
    const item = this.getAttribute('data-item') ?? '';
    const forms = [...this.querySelectorAll<HTMLFormElement>('form[data-q]')];
    const status = this.querySelector<HTMLElement>('[data-quiz-status]');
    const seed = learnerSeed();
    const saved = answersOf(item);
    let restored = false;
    const update = (): void => {
      if (!status) return;
      if (this.#solved.size === forms.length) {
        status.textContent = `All ${forms.length} answered correctly: quiz complete.`;
      } else if (isComplete(item) && !restored) {
        status.textContent = 'You completed this quiz before. Answer again to review.';
      } else {
        status.textContent = `${this.#solved.size} of ${forms.length} answered correctly.`;
      }
    };
    for (const form of forms) {
      const list = form.querySelector('ul');
      const options = [...form.querySelectorAll<HTMLElement>('li[data-option]')];
      if (list)
        for (const i of seededOrder(options.length, `${seed}:${form.dataset['qid']}`))
          list.append(options[i] as HTMLElement);
      const button = form.querySelector('button');
      if (button) button.disabled = false;
      for (const o of saved[form.getAttribute('data-q') ?? ''] ?? []) {
        const input = form.querySelector<HTMLInputElement>(`li[data-o="${o}"] input`);
        if (!input) continue;
        input.checked = true;
        this.#check(form, false);
        restored = true;
      }
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#check(form, true);
        if (this.#solved.size === forms.length) {
          markComplete(item);
          // One live region per announcement: the question's own feedback carries the completion too.
          const feedback = form.querySelector<HTMLElement>('[data-feedback]');
          if (feedback) feedback.textContent += ' All questions answered correctly: quiz complete.';
        }
        update();
      });
    }
    if (this.#solved.size === forms.length && forms.length > 0) markComplete(item);
    update();
  }

  #check(form: HTMLFormElement, remember: boolean): void {
    const feedback = form.querySelector<HTMLElement>('[data-feedback]');
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!feedback) return;
    if (!chosen) {
      feedback.textContent = 'Pick an answer first.';
      return;
    }
    const option = chosen.closest<HTMLElement>('[data-option]');
    const index = Number(option?.getAttribute('data-o'));
    const question = Number(form.getAttribute('data-q'));
    const right = answerKey(form.dataset['qid'] ?? '', index) === form.dataset['key'];
    if (remember) rememberAnswer(this.getAttribute('data-item') ?? '', question, index);
    if (option) reveal(option, right);
    const text = option?.querySelector('[data-text]')?.textContent ?? '';
    if (right) {
      this.#solved.add(question);
      for (const other of form.querySelectorAll<HTMLElement>('li[data-option]'))
        reveal(other, other === option);
      form.setAttribute('data-solved', 'true');
      feedback.textContent = `Correct. ${text}`;
    } else {
      feedback.textContent = `Not quite. ${text} Try another answer.`;
    }
  }
}

/** Shows an option's explanation with its verdict; marks the option itself only when it was chosen. */
function reveal(option: HTMLElement, right: boolean): void {
  const explanation = option.querySelector<HTMLElement>('[data-explanation]');
  const verdict = option.querySelector<HTMLElement>('[data-verdict-text]');
  const text = option.querySelector<HTMLElement>('[data-text]');
  if (text && !text.textContent) text.textContent = decodeText(text.dataset['enc'] ?? '');
  if (verdict && !verdict.textContent) verdict.textContent = right ? '✓ Right answer.' : '✗ Not this one.';
  explanation?.removeAttribute('hidden');
  if (right || option.querySelector('input')?.checked)
    option.setAttribute('data-verdict', right ? 'right' : 'wrong');
}

if (!customElements.get('lab-quiz')) customElements.define('lab-quiz', LabQuiz);
