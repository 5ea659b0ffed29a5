/**
 * The composer's checks off the typing path: a worker that runs the pure check engine over a draft and answers
 * with its findings (useDraftFindings.ts). Everything it gets and gives is structured-cloneable data.
 */
import { checkPost, type PostCheckInput, type PostFinding } from '../../../shared/checks/engine';
import { CHECK_RULES } from '../../../shared/checks/registry';

export interface CheckRequest {
  seq: number;
  input: PostCheckInput;
}

export interface CheckAnswer {
  seq: number;
  findings: PostFinding[];
}

// Typed by hand: the renderer compiles against the DOM library, not the worker one.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(answer: CheckAnswer): void;
};

scope.onmessage = (event) => {
  const { seq, input } = event.data;
  scope.postMessage({ seq, findings: checkPost(input, CHECK_RULES) });
};
