import { isComplete, markComplete } from '~/progress/store.ts';

/**
 * `<lab-quiz data-item="<lesson>/quiz">`: progressive enhancement for the markup `Quiz.astro` renders.
 * Each question is a `<form>`; checking an answer reveals the chosen option's explanation (all of them
 * once the right one is found) and announces the verdict through the form's live region. When every
 * question has been answered correctly, the quiz is marked complete in the progress store.
 */
class LabQuiz extends HTMLElement {
  #solved = new Set<number>();

  connectedCallback(): void {
    const item = this.getAttribute('data-item') ?? '';
    const forms = [...this.querySelectorAll<HTMLFormElement>('form[data-q]')];
    const status = this.querySelector<HTMLElement>('[data-quiz-status]');
    const update = (): void => {
      if (!status) return;
      if (this.#solved.size === forms.length) {
        status.textContent = `All ${forms.length} answered correctly: quiz complete.`;
      } else if (isComplete(item)) {
        status.textContent = 'You completed this quiz before. Answer again to review.';
      } else {
        status.textContent = `${this.#solved.size} of ${forms.length} answered correctly.`;
      }
    };
    for (const form of forms) {
      const button = form.querySelector('button');
      if (button) button.disabled = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#check(form);
        if (this.#solved.size === forms.length) {
          markComplete(item);
          // One live region per announcement: the question's own feedback carries the completion too.
          const feedback = form.querySelector<HTMLElement>('[data-feedback]');
          if (feedback) feedback.textContent += ' All questions answered correctly: quiz complete.';
        }
        update();
      });
    }
    update();
  }

  #check(form: HTMLFormElement): void {
    const feedback = form.querySelector<HTMLElement>('[data-feedback]');
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    if (!feedback) return;
    if (!chosen) {
      feedback.textContent = 'Pick an answer first.';
      return;
    }
    const option = chosen.closest<HTMLElement>('[data-option]');
    const explanation = option?.querySelector<HTMLElement>('[data-explanation]');
    const right = option?.getAttribute('data-correct') === 'true';
    explanation?.removeAttribute('hidden');
    option?.setAttribute('data-verdict', right ? 'right' : 'wrong');
    const text = explanation?.querySelector('[data-text]')?.textContent ?? '';
    if (right) {
      this.#solved.add(Number(form.getAttribute('data-q')));
      for (const other of form.querySelectorAll<HTMLElement>('[data-explanation]'))
        other.removeAttribute('hidden');
      form.setAttribute('data-solved', 'true');
      feedback.textContent = `Correct. ${text}`;
    } else {
      feedback.textContent = `Not quite. ${text} Try another answer.`;
    }
  }
}

if (!customElements.get('lab-quiz')) customElements.define('lab-quiz', LabQuiz);
