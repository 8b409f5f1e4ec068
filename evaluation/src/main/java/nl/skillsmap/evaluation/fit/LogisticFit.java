package nl.skillsmap.evaluation.fit;

import java.util.List;

/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with a small ridge penalty
 * on every weight but the bias: a handful of signals and a few thousand examples converge in a few steps, the same
 * weights every run.
 */
public final class LogisticFit {

    /** One example: the model's inputs (the first is the bias, 1) and whether it is a positive. */
    public record Example(double[] inputs, boolean positive) {}

    private static final int MAX_STEPS = 50;
    private static final double CONVERGED = 1e-9;

    private LogisticFit() {}

    /** The weights that maximise the penalised likelihood of the examples. */
    public static double[] fit(List<Example> examples, double ridge) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to fit");
        }
        int n = examples.get(0).inputs().length;
        double[] w = new double[n];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Example e : examples) {
                double p = probability(w, e.inputs());
                double residual = (e.positive() ? 1 : 0) - p;
                double curvature = Math.max(p * (1 - p), 1e-12);
                for (int i = 0; i < n; i++) {
                    gradient[i] += residual * e.inputs()[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * e.inputs()[i] * e.inputs()[j];
                    }
                }
            }
            for (int i = 1; i < n; i++) {
                gradient[i] -= ridge * w[i];
                hessian[i][i] += ridge;
            }
            hessian[0][0] += 1e-9;
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < n; i++) {
                w[i] += delta[i];
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change < CONVERGED) {
                break;
            }
        }
        return w;
    }

    public static double probability(double[] weights, double[] inputs) {
        double z = 0;
        for (int i = 0; i < inputs.length; i++) {
            z += weights[i] * inputs[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting (a is small and symmetric positive definite). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-15) {
                continue;
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-15 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
