import { createRandom } from "../core/random.js";
import { createAdam } from "./adam.js";
import { cloneParameters, type Network, restoreParameters } from "./network.js";
import type { Objective } from "./objectives.js";

/** Options shared by every trainer. */
export interface TrainingOptions {
  /** Maximum passes over the training split; default 50. */
  epochs?: number;
  /** Examples per Adam step; default 32. */
  batchSize?: number;
  /** Adam step size; default 0.01. */
  learningRate?: number;
  /** L2 penalty on weights (not biases); default 1e-4. */
  l2?: number;
  /** Share of examples held out for early stopping; default 0.1 (0 disables early stopping). */
  validationFraction?: number;
  /** Stop after this many epochs without validation improvement; default 5. */
  patience?: number;
  /** Seed for initialisation, split and batch order; default 1. */
  seed?: number;
  /** Called after each epoch (progress bars, logging). */
  onEpoch?: (progress: EpochProgress) => void;
}

export interface EpochProgress {
  epoch: number;
  epochs: number;
  trainLoss: number;
  validationLoss: number | undefined;
}

/** What training did: the epoch whose parameters were kept and the losses seen. */
export interface TrainingReport {
  epochsRun: number;
  bestEpoch: number;
  trainLoss: number;
  validationLoss: number | undefined;
  trainCount: number;
  validationCount: number;
}

/** Minibatch Adam with L2 and early stopping on a seeded validation split; restores the best epoch. */
export function trainNetwork(
  network: Network,
  objective: Objective,
  options: TrainingOptions = {},
): TrainingReport {
  const epochs = options.epochs ?? 50;
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const l2 = options.l2 ?? 1e-4;
  const patience = options.patience ?? 5;
  const random = createRandom((options.seed ?? 1) ^ 0x5bd1e995);
  const order = random.shuffle(Array.from({ length: objective.count }, (_, index) => index));
  const validationSize =
    objective.count >= 10 ? Math.floor(objective.count * (options.validationFraction ?? 0.1)) : 0;
  const validation = order.slice(0, validationSize);
  const training = order.slice(validationSize);
  const parameters = network.parameters;
  const gradients = parameters.map((parameter) => new Float32Array(parameter.length));
  const scratches = [network.createScratch(), network.createScratch()];
  const adam = createAdam(parameters, { learningRate: options.learningRate ?? 0.01 });
  const meanLoss = (indices: readonly number[]) => {
    let total = 0;
    for (const index of indices) total += objective.evaluate(network, scratches, index);
    return indices.length > 0 ? total / indices.length : 0;
  };

  let best = cloneParameters(parameters);
  let bestEpoch = 0;
  let bestValidation = validation.length > 0 ? meanLoss(validation) : Number.POSITIVE_INFINITY;
  let lastTrain = Number.NaN;
  let epoch = 0;
  while (epoch < epochs) {
    epoch++;
    random.shuffleInPlace(training);
    let total = 0;
    for (let start = 0; start < training.length; start += batchSize) {
      const end = Math.min(training.length, start + batchSize);
      for (const gradient of gradients) gradient.fill(0);
      const scale = 1 / (end - start);
      for (let position = start; position < end; position++) {
        total += objective.evaluate(network, scratches, training[position] as number, gradients, scale);
      }
      if (l2 > 0) addWeightDecay(network, gradients, l2);
      adam.step(gradients);
    }
    lastTrain = training.length > 0 ? total / training.length : 0;
    const validationLoss = validation.length > 0 ? meanLoss(validation) : undefined;
    options.onEpoch?.({ epoch, epochs, trainLoss: lastTrain, validationLoss });
    if (validationLoss === undefined) continue;
    if (validationLoss < bestValidation - 1e-6) {
      bestValidation = validationLoss;
      bestEpoch = epoch;
      best = cloneParameters(parameters);
    } else if (epoch - bestEpoch >= patience) {
      break;
    }
  }
  if (validation.length > 0) restoreParameters(parameters, best);
  else bestEpoch = epoch;
  return {
    epochsRun: epoch,
    bestEpoch,
    trainLoss: lastTrain,
    validationLoss: validation.length > 0 ? bestValidation : undefined,
    trainCount: training.length,
    validationCount: validation.length,
  };
}

function addWeightDecay(network: Network, gradients: readonly Float32Array[], l2: number): void {
  network.parameters.forEach((parameter, index) => {
    if (!network.regularized[index]) return;
    const gradient = gradients[index] as Float32Array;
    for (let position = 0; position < parameter.length; position++) {
      gradient[position] = (gradient[position] as number) + l2 * (parameter[position] as number);
    }
  });
}
