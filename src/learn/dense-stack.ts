import type { Random } from "../core/random.js";

/** Per-example buffers of a dense stack (activations and back-propagated deltas). */
export interface DenseScratch {
  activations: Float32Array[];
  deltas: Float32Array[];
}

/**
 * Fully connected layers `sizes[0] → sizes[1] → … → sizes[last]`, ReLU on hidden layers and a
 * linear output. Weights are row-major `out × in`. Inputs are read from `input[offset…]`.
 */
export class DenseStack {
  readonly sizes: readonly number[];
  readonly weights: Float32Array[];
  readonly biases: Float32Array[];

  constructor(sizes: readonly number[], random: Random | undefined) {
    this.sizes = sizes;
    this.weights = [];
    this.biases = [];
    for (let layer = 0; layer + 1 < sizes.length; layer++) {
      const inputs = sizes[layer] as number;
      const outputs = sizes[layer + 1] as number;
      const weights = new Float32Array(inputs * outputs);
      const hidden = layer + 2 < sizes.length;
      // He initialisation before ReLU, Glorot-like for the linear output.
      const spread = hidden ? Math.sqrt(2 / inputs) : Math.sqrt(1 / inputs);
      if (random)
        for (let index = 0; index < weights.length; index++) weights[index] = random.normal() * spread;
      this.weights.push(weights);
      this.biases.push(new Float32Array(outputs));
    }
  }

  get inputSize(): number {
    return this.sizes[0] as number;
  }

  get outputSize(): number {
    return this.sizes[this.sizes.length - 1] as number;
  }

  /** Parameters in a fixed order: weights then bias of each layer. */
  get parameters(): Float32Array[] {
    return this.weights.flatMap((weights, layer) => [weights, this.biases[layer] as Float32Array]);
  }

  /** Which parameters take L2 (weights yes, biases no), matching `parameters`. */
  get regularized(): boolean[] {
    return this.weights.flatMap(() => [true, false]);
  }

  createScratch(): DenseScratch {
    const outputs = this.sizes.slice(1);
    return {
      activations: outputs.map((size) => new Float32Array(size)),
      deltas: outputs.map((size) => new Float32Array(size)),
    };
  }

  /** Forward pass; returns the output activation (owned by the scratch). */
  forward(input: Float32Array, offset: number, scratch: DenseScratch): Float32Array {
    const layers = this.weights.length;
    for (let layer = 0; layer < layers; layer++) {
      const weights = this.weights[layer] as Float32Array;
      const bias = this.biases[layer] as Float32Array;
      const output = scratch.activations[layer] as Float32Array;
      const inputs = this.sizes[layer] as number;
      const source = layer === 0 ? input : (scratch.activations[layer - 1] as Float32Array);
      const sourceOffset = layer === 0 ? offset : 0;
      const relu = layer + 1 < layers;
      for (let unit = 0; unit < output.length; unit++) {
        let sum = bias[unit] as number;
        const row = unit * inputs;
        for (let position = 0; position < inputs; position++) {
          sum += (weights[row + position] as number) * (source[sourceOffset + position] as number);
        }
        output[unit] = relu && sum < 0 ? 0 : sum;
      }
    }
    return scratch.activations[layers - 1] as Float32Array;
  }

  /**
   * Back-propagate `outputGradient` (d loss / d output) after `forward` on the same scratch, adding
   * parameter gradients into `gradients` (same order as `parameters`).
   */
  backward(
    input: Float32Array,
    offset: number,
    scratch: DenseScratch,
    outputGradient: Float32Array,
    gradients: readonly Float32Array[],
  ): void {
    const layers = this.weights.length;
    const last = scratch.deltas[layers - 1] as Float32Array;
    for (let unit = 0; unit < last.length; unit++) last[unit] = outputGradient[unit] as number;
    for (let layer = layers - 1; layer >= 0; layer--) {
      const weights = this.weights[layer] as Float32Array;
      const delta = scratch.deltas[layer] as Float32Array;
      const weightGradient = gradients[2 * layer] as Float32Array;
      const biasGradient = gradients[2 * layer + 1] as Float32Array;
      const inputs = this.sizes[layer] as number;
      const source = layer === 0 ? input : (scratch.activations[layer - 1] as Float32Array);
      const sourceOffset = layer === 0 ? offset : 0;
      for (let unit = 0; unit < delta.length; unit++) {
        const unitDelta = delta[unit] as number;
        if (unitDelta === 0) continue;
        biasGradient[unit] = (biasGradient[unit] as number) + unitDelta;
        const row = unit * inputs;
        for (let position = 0; position < inputs; position++) {
          weightGradient[row + position] =
            (weightGradient[row + position] as number) +
            unitDelta * (source[sourceOffset + position] as number);
        }
      }
      if (layer === 0) break;
      const previousDelta = scratch.deltas[layer - 1] as Float32Array;
      const previousActivation = scratch.activations[layer - 1] as Float32Array;
      previousDelta.fill(0);
      for (let unit = 0; unit < delta.length; unit++) {
        const unitDelta = delta[unit] as number;
        if (unitDelta === 0) continue;
        const row = unit * inputs;
        for (let position = 0; position < inputs; position++) {
          previousDelta[position] =
            (previousDelta[position] as number) + unitDelta * (weights[row + position] as number);
        }
      }
      for (let position = 0; position < inputs; position++) {
        if ((previousActivation[position] as number) <= 0) previousDelta[position] = 0;
      }
    }
  }
}
