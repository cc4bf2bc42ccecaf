/**
 * A differentiable scorer: maps one feature row to a logit, and back-propagates a gradient of the
 * loss with respect to that logit into parameter gradients. Models and trainers meet here.
 */
export interface Network {
  /** Input columns per row. */
  readonly dimension: number;
  /** Parameter arrays, updated in place by optimizers. */
  readonly parameters: Float32Array[];
  /** Whether each parameter takes L2 regularization (weights yes, biases no). */
  readonly regularized: boolean[];
  /** Per-example buffers; one scratch per example in flight. */
  createScratch(): unknown;
  /** Logit of the row at `input[offset…offset+dimension)`. */
  forward(input: Float32Array, offset: number, scratch: unknown): number;
  /** After `forward` with the same scratch: add `logitGradient · d logit / d θ` into `gradients`. */
  backward(
    input: Float32Array,
    offset: number,
    scratch: unknown,
    logitGradient: number,
    gradients: readonly Float32Array[],
  ): void;
}

/** Logistic sigmoid, stable for large |x|. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** −log σ(x), stable. */
export function softplusNegative(x: number): number {
  return x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x));
}

/** Deep copy of parameter arrays (for early stopping snapshots). */
export function cloneParameters(parameters: readonly Float32Array[]): Float32Array[] {
  return parameters.map((parameter) => Float32Array.from(parameter));
}

/** Copy `source` values into `target` arrays of the same shapes. */
export function restoreParameters(target: readonly Float32Array[], source: readonly Float32Array[]): void {
  target.forEach((parameter, index) => {
    parameter.set(source[index] as Float32Array);
  });
}
