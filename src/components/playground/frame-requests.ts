import type { SessionReply, SessionRequest, Side } from '~/explorables/sim-session.ts';
import type { Frame, Frames } from './playground-config.ts';
import { connect, type SimClient } from './sim-client.ts';

/** What {@link FrameRequests} tells its playground. */
export interface FrameRequestsHooks {
  /** A re-configuration is about to be sent (or queued). */
  onConfigure(): void;
  /** Builds the `configure` request of one side, for simulated time `atMs`. */
  configureRequest(seq: number, side: Side, atMs: number | 'end'): SessionRequest;
  /** The worker refused the setup (`issues`: the sim's validation issues, if that was the reason). */
  onError(message: string, issues: readonly { path: string; message: string }[]): void;
  /** Side A processed one event (after Step). */
  onEvent(frame: Frame): void;
  /** Every side awaited has answered: draw `frames`. */
  onFrames(): void;
  /** Nothing is in flight or queued any more. */
  onIdle(): void;
}

/**
 * The playground's conversation with its simulation worker: one request per side, numbered so a late reply
 * to an old request is ignored; a request made while others are in flight waits (only the latest).
 */
export class FrameRequests {
  /** The latest frame of each side. */
  readonly frames: Frames = {};
  #seq = 0;
  /** A playback request still in flight when the learner paused: its frame is dropped, not shown. */
  #stale = -1;
  #awaiting = new Set<Side>();
  #queued: (() => void) | undefined;
  /** Sides with a re-configuration waiting in `#queued` (a later seek must not drop it). */
  #queuedConfigure = new Set<Side>();
  readonly #client: SimClient;
  readonly #sides: Side[];
  readonly #hooks: FrameRequestsHooks;

  /** Connects playground `id`'s worker session; `sides` are the scenarios it runs (`a`, or `a` and `b`). */
  constructor(id: string, sides: Side[], hooks: FrameRequestsHooks) {
    this.#sides = sides;
    this.#hooks = hooks;
    this.#client = connect(id, (reply) => this.#onReply(reply));
  }

  /** Whether a reply is still awaited. */
  get busy(): boolean {
    return this.#awaiting.size > 0;
  }

  /** Side A's simulated time, or `end` when it has run to the end (or has not run yet). */
  atMs(): number | 'end' {
    const f = this.frames.a;
    return !f || f.done ? 'end' : f.nowMs;
  }

  /** Re-simulates `sides` with their current values, up to `atMs`. */
  configure(atMs: number | 'end', sides = this.#sides): void {
    this.#hooks.onConfigure();
    if (this.#awaiting.size > 0) {
      for (const side of sides) this.#queuedConfigure.add(side);
      sides = this.#sides.filter((side) => this.#queuedConfigure.has(side));
    }
    this.#send((seq, side) => this.#hooks.configureRequest(seq, side, atMs), sides);
  }

  /** Moves every side to simulated time `atMs`. */
  seek(atMs: number | 'end'): void {
    // A waiting re-configuration also moves to the new time, so it is not lost behind the seek.
    if (this.#awaiting.size > 0 && this.#queuedConfigure.size > 0) this.configure(atMs, []);
    else this.#send((seq, side) => ({ type: 'seek', seq, side, atMs }));
  }

  /** Side A processes one event; side B follows to the same simulated time. */
  step(): void {
    const seq = ++this.#seq;
    if (this.#awaiting.size > 0) return;
    this.#awaiting = new Set(['a']);
    this.#client.send({ type: 'step', seq, side: 'a' });
  }

  /**
   * Keeps the time on screen: a playback step already sent would move the clock after the learner paused,
   * so its frame is dropped and the simulation is brought back to the time shown.
   */
  dropInFlight(): void {
    const shown = this.frames.a;
    if (this.#awaiting.size > 0 && shown) {
      this.#stale = this.#seq;
      this.seek(shown.nowMs);
    }
  }

  /** Sends one request per side; a request made while others are in flight waits (only the latest). */
  #send(make: (seq: number, side: Side) => SessionRequest, sides = this.#sides): void {
    const go = () => {
      this.#queuedConfigure.clear();
      const seq = ++this.#seq;
      this.#awaiting = new Set(sides);
      for (const side of sides) this.#client.send(make(seq, side));
    };
    if (this.#awaiting.size > 0) this.#queued = go;
    else go();
  }

  #onReply(reply: SessionReply): void {
    if (reply.seq !== this.#seq && reply.seq !== -1) return;
    if (reply.type === 'error') {
      this.#awaiting.clear();
      this.#hooks.onError(reply.message, reply.issues);
      return;
    }
    if (reply.type !== 'frame') return;
    if (reply.seq === this.#stale) {
      this.#awaiting.delete(reply.side);
      if (this.#awaiting.size === 0) this.#runQueued();
      return;
    }
    this.frames[reply.side] = reply;
    this.#awaiting.delete(reply.side);
    if (reply.event !== undefined && reply.side === 'a') {
      this.#hooks.onEvent(reply);
      if (this.#sides.includes('b')) {
        const seq = ++this.#seq;
        this.#awaiting = new Set(['b']);
        this.#client.send({ type: 'seek', seq, side: 'b', atMs: reply.nowMs });
        return;
      }
    }
    if (this.#awaiting.size > 0) return;
    this.#hooks.onFrames();
    if (!this.#runQueued()) this.#hooks.onIdle();
  }

  /** Sends the queued request, if any; says whether there was one. */
  #runQueued(): boolean {
    const next = this.#queued;
    this.#queued = undefined;
    next?.();
    return next !== undefined;
  }
}
