/**
 * L2-regularised logistic regression, fitted by Newton's method (iteratively reweighted least
 * squares) with a backtracking line search. Small on purpose: a handful of features and a few
 * thousand rows, where Newton converges in under ten steps and needs no learning rate.
 *
 * Minimises  Σᵢ [log(1 + e^{zᵢ}) − yᵢ zᵢ] + (λ/2) Σⱼ pⱼ βⱼ²,  z = Xβ,  pⱼ = 1 if βⱼ is penalised.
 */
export interface LogisticOptions {
  /** λ, the strength of the L2 penalty (on the summed, not averaged, log-loss). */
  l2: number;
  /** Per column: is its coefficient penalised? Default: all. Leave intercepts unpenalised. */
  penalize?: readonly boolean[];
  maxIterations?: number;
  /** Stop once no coefficient moves by more than this. */
  tolerance?: number;
}

export interface LogisticFit {
  coefficients: number[];
  iterations: number;
  converged: boolean;
  /** The penalised objective at the solution, divided by the number of rows. */
  objective: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** log(1 + e^z) without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: LogisticOptions,
): LogisticFit {
  const n = x.length;
  if (n === 0 || n !== y.length) throw new Error('fitLogistic: need as many labels as rows (> 0)');
  const p = x[0].length;
  if (x.some((row) => row.length !== p)) throw new Error('fitLogistic: rows of unequal length');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('fitLogistic: labels must be 0 or 1');
  if (!(options.l2 >= 0)) throw new Error('fitLogistic: l2 must be ≥ 0');
  const penalty = Array.from({ length: p }, (_, j) =>
    options.penalize?.[j] === false ? 0 : options.l2,
  );
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-9;

  const objective = (beta: readonly number[]): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const z = dot(x[i], beta);
      sum += softplus(z) - y[i] * z;
    }
    for (let j = 0; j < p; j++) sum += 0.5 * penalty[j] * beta[j] * beta[j];
    return sum;
  };

  let beta = new Array<number>(p).fill(0);
  let current = objective(beta);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const gradient = beta.map((b, j) => penalty[j] * b);
    // A whisker of ridge keeps the Hessian invertible when a column is constant or unpenalised.
    const hessian = Array.from({ length: p }, (_, j) =>
      Array.from({ length: p }, (_, k) => (j === k ? penalty[j] + 1e-9 : 0)),
    );
    for (let i = 0; i < n; i++) {
      const row = x[i];
      const mu = sigmoid(dot(row, beta));
      const w = mu * (1 - mu);
      const residual = mu - y[i];
      for (let j = 0; j < p; j++) {
        gradient[j] += residual * row[j];
        const wj = w * row[j];
        if (wj === 0) continue;
        for (let k = j; k < p; k++) hessian[j][k] += wj * row[k];
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) hessian[j][k] = hessian[k][j];
    const step = solveSymmetric(hessian, gradient);

    // Backtracking: Newton's full step can overshoot far from the solution.
    let t = 1;
    let next = beta.map((b, j) => b - step[j]);
    let value = objective(next);
    while (value > current && t > 1e-8) {
      t /= 2;
      next = beta.map((b, j) => b - t * step[j]);
      value = objective(next);
    }
    const moved = Math.max(...step.map((s) => Math.abs(t * s)));
    beta = next;
    current = Math.min(current, value);
    if (moved < tolerance) {
      return { coefficients: beta, iterations: iteration, converged: true, objective: current / n };
    }
  }
  return {
    coefficients: beta,
    iterations: maxIterations,
    converged: false,
    objective: current / n,
  };
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += a[j] * b[j];
  return sum;
}

/** Solves A s = b for a symmetric positive definite A (Cholesky). */
export function solveSymmetric(a: readonly (readonly number[])[], b: readonly number[]): number[] {
  const p = b.length;
  const l = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    let diagonal = a[j][j];
    for (let k = 0; k < j; k++) diagonal -= l[j][k] * l[j][k];
    if (!(diagonal > 0)) throw new Error('solveSymmetric: matrix is not positive definite');
    l[j][j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < p; i++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = sum / l[j][j];
    }
  }
  const z = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * z[k];
    z[i] = sum / l[i][i];
  }
  const s = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < p; k++) sum -= l[k][i] * s[k];
    s[i] = sum / l[i][i];
  }
  return s;
}
