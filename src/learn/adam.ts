/** Adam optimizer (Kingma & Ba) over a list of parameter arrays, updated in place. */
export interface AdamOptions {
  /** Step size; default 0.01. */
  learningRate?: number;
  /** First-moment decay; default 0.9. */
  beta1?: number;
  /** Second-moment decay; default 0.999. */
  beta2?: number;
  /** Numerical guard; default 1e-8. */
  epsilon?: number;
}

export interface Adam {
  /** Apply one update from `gradients` (same shapes as the parameters). */
  step(gradients: readonly Float32Array[]): void;
}

export function createAdam(parameters: readonly Float32Array[], options: AdamOptions = {}): Adam {
  const learningRate = options.learningRate ?? 0.01;
  const beta1 = options.beta1 ?? 0.9;
  const beta2 = options.beta2 ?? 0.999;
  const epsilon = options.epsilon ?? 1e-8;
  const first = parameters.map((parameter) => new Float32Array(parameter.length));
  const second = parameters.map((parameter) => new Float32Array(parameter.length));
  let time = 0;
  return {
    step(gradients) {
      time++;
      const correction1 = 1 - beta1 ** time;
      const correction2 = 1 - beta2 ** time;
      const stepSize = (learningRate * Math.sqrt(correction2)) / correction1;
      parameters.forEach((parameter, index) => {
        const gradient = gradients[index] as Float32Array;
        const moment1 = first[index] as Float32Array;
        const moment2 = second[index] as Float32Array;
        for (let position = 0; position < parameter.length; position++) {
          const g = gradient[position] as number;
          const m = beta1 * (moment1[position] as number) + (1 - beta1) * g;
          const v = beta2 * (moment2[position] as number) + (1 - beta2) * g * g;
          moment1[position] = m;
          moment2[position] = v;
          parameter[position] = (parameter[position] as number) - (stepSize * m) / (Math.sqrt(v) + epsilon);
        }
      });
    },
  };
}
