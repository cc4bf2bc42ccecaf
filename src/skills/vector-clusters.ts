/**
 * A coarse inverted-file index over unit vectors (spherical k-means, deterministic start): a
 * query scans only the members of its nearest clusters instead of every row, which makes the
 * first look-up of a new word several times cheaper at a small loss of far neighbours.
 */
export class VectorClusters {
  private readonly centroids: Float32Array;
  private readonly members: Int32Array[];

  constructor(
    private readonly matrix: Float32Array,
    rows: readonly number[],
    private readonly dimensions: number,
    clusterCount = 64,
    iterations = 4,
  ) {
    const count = Math.max(1, Math.min(clusterCount, rows.length));
    this.centroids = new Float32Array(count * dimensions);
    for (let cluster = 0; cluster < count; cluster++) {
      const row = rows[Math.floor((cluster * rows.length) / count)] ?? 0;
      this.centroids.set(matrix.subarray(row * dimensions, (row + 1) * dimensions), cluster * dimensions);
    }
    let assignment = new Int32Array(rows.length);
    for (let iteration = 0; iteration <= iterations; iteration++) {
      assignment = Int32Array.from(rows, (row) => this.nearest(row * dimensions, this.matrix, 1)[0] ?? 0);
      if (iteration === iterations) break;
      const sums = new Float32Array(count * dimensions);
      rows.forEach((row, position) => {
        const base = assignment[position]! * dimensions;
        for (let d = 0; d < dimensions; d++) sums[base + d]! += matrix[row * dimensions + d]!;
      });
      for (let cluster = 0; cluster < count; cluster++) {
        let norm = 0;
        for (let d = 0; d < dimensions; d++) norm += sums[cluster * dimensions + d]! ** 2;
        if (norm === 0) continue;
        const scale = 1 / Math.sqrt(norm);
        for (let d = 0; d < dimensions; d++)
          this.centroids[cluster * dimensions + d] = sums[cluster * dimensions + d]! * scale;
      }
    }
    const lists: number[][] = Array.from({ length: count }, () => []);
    rows.forEach((row, position) => {
      lists[assignment[position]!]!.push(row);
    });
    this.members = lists.map((list) => Int32Array.from(list));
  }

  /** Clusters ordered by similarity to the vector at `offset` of `source`, best `limit` first. */
  private nearest(offset: number, source: Float32Array, limit: number): number[] {
    const count = this.members?.length ?? this.centroids.length / this.dimensions;
    const scores: [number, number][] = [];
    for (let cluster = 0; cluster < count; cluster++) {
      let dot = 0;
      const base = cluster * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) dot += source[offset + d]! * this.centroids[base + d]!;
      scores.push([cluster, dot]);
    }
    if (limit === 1) {
      let best = scores[0]!;
      for (const entry of scores) if (entry[1] > best[1]) best = entry;
      return [best[0]];
    }
    return scores
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([cluster]) => cluster);
  }

  /** Rows in the `probe` clusters nearest to the query vector. */
  candidates(query: Float32Array, probe: number): Int32Array[] {
    return this.nearest(0, query, probe).map((cluster) => this.members[cluster]!);
  }
}
