import type { Random } from "../core/random.js";
import { type DenseScratch, DenseStack } from "./dense-stack.js";
import type { Network } from "./network.js";

/**
 * A feed-forward scorer: `dimension → hidden… → 1`. With no hidden layer this is logistic
 * regression; with one or two it is an MLP with ReLU.
 */
export class FeedForwardNetwork implements Network {
  readonly dimension: number;
  readonly hidden: readonly number[];
  readonly stack: DenseStack;
  readonly parameters: Float32Array[];
  readonly regularized: boolean[];
  private readonly outputGradient = new Float32Array(1);

  constructor(dimension: number, hidden: readonly number[], random: Random | undefined) {
    this.dimension = dimension;
    this.hidden = hidden;
    this.stack = new DenseStack([dimension, ...hidden, 1], random);
    this.parameters = this.stack.parameters;
    this.regularized = this.stack.regularized;
  }

  createScratch(): DenseScratch {
    return this.stack.createScratch();
  }

  forward(input: Float32Array, offset: number, scratch: unknown): number {
    return this.stack.forward(input, offset, scratch as DenseScratch)[0] as number;
  }

  backward(
    input: Float32Array,
    offset: number,
    scratch: unknown,
    logitGradient: number,
    gradients: readonly Float32Array[],
  ): void {
    this.outputGradient[0] = logitGradient;
    this.stack.backward(input, offset, scratch as DenseScratch, this.outputGradient, gradients);
  }
}

interface TwoTowerScratch {
  left: DenseScratch;
  right: DenseScratch;
  leftGradient: Float32Array;
  rightGradient: Float32Array;
}

/**
 * Two-tower dot-product scorer: the first `leftDimension` columns feed one tower, the rest feed
 * the other; logit = ⟨left(x_L), right(x_R)⟩ + bias. Each tower is linear or has one ReLU layer.
 */
export class TwoTowerNetwork implements Network {
  readonly dimension: number;
  readonly leftDimension: number;
  readonly embeddingDimension: number;
  readonly towerHidden: readonly number[];
  readonly left: DenseStack;
  readonly right: DenseStack;
  readonly bias = new Float32Array(1);
  readonly parameters: Float32Array[];
  readonly regularized: boolean[];

  constructor(
    dimension: number,
    leftDimension: number,
    embeddingDimension: number,
    towerHidden: readonly number[],
    random: Random | undefined,
  ) {
    this.dimension = dimension;
    this.leftDimension = leftDimension;
    this.embeddingDimension = embeddingDimension;
    this.towerHidden = towerHidden;
    this.left = new DenseStack([leftDimension, ...towerHidden, embeddingDimension], random);
    this.right = new DenseStack([dimension - leftDimension, ...towerHidden, embeddingDimension], random);
    this.parameters = [...this.left.parameters, ...this.right.parameters, this.bias];
    this.regularized = [...this.left.regularized, ...this.right.regularized, false];
  }

  createScratch(): TwoTowerScratch {
    return {
      left: this.left.createScratch(),
      right: this.right.createScratch(),
      leftGradient: new Float32Array(this.embeddingDimension),
      rightGradient: new Float32Array(this.embeddingDimension),
    };
  }

  forward(input: Float32Array, offset: number, scratch: unknown): number {
    const buffers = scratch as TwoTowerScratch;
    const leftEmbedding = this.left.forward(input, offset, buffers.left);
    const rightEmbedding = this.right.forward(input, offset + this.leftDimension, buffers.right);
    let sum = this.bias[0] as number;
    for (let index = 0; index < leftEmbedding.length; index++) {
      sum += (leftEmbedding[index] as number) * (rightEmbedding[index] as number);
    }
    return sum;
  }

  backward(
    input: Float32Array,
    offset: number,
    scratch: unknown,
    logitGradient: number,
    gradients: readonly Float32Array[],
  ): void {
    const buffers = scratch as TwoTowerScratch;
    const leftEmbedding = buffers.left.activations[buffers.left.activations.length - 1] as Float32Array;
    const rightEmbedding = buffers.right.activations[buffers.right.activations.length - 1] as Float32Array;
    for (let index = 0; index < this.embeddingDimension; index++) {
      buffers.leftGradient[index] = logitGradient * (rightEmbedding[index] as number);
      buffers.rightGradient[index] = logitGradient * (leftEmbedding[index] as number);
    }
    const leftCount = this.left.parameters.length;
    const rightCount = this.right.parameters.length;
    this.left.backward(input, offset, buffers.left, buffers.leftGradient, gradients.slice(0, leftCount));
    this.right.backward(
      input,
      offset + this.leftDimension,
      buffers.right,
      buffers.rightGradient,
      gradients.slice(leftCount, leftCount + rightCount),
    );
    const biasGradient = gradients[leftCount + rightCount] as Float32Array;
    biasGradient[0] = (biasGradient[0] as number) + logitGradient;
  }
}
