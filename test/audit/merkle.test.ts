import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  canonicalize,
  EMPTY_ROOT,
  Frontier,
  LeafTree,
  leafHash,
  nodeHash,
  verifyConsistency,
  verifyInclusion,
} from '../../src/audit/index.js';

/** MTH straight from the RFC 9162 definition, for comparison. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(`leaf-${i}`));

describe('RFC 8785 canonical JSON', () => {
  test('sorts keys, drops whitespace, writes numbers and strings as ECMAScript does', () => {
    assert.equal(canonicalize({ b: 1, a: [true, null, 'x'], c: { z: 1e21, y: 0.5, x: -0 } }), '{"a":[true,null,"x"],"b":1,"c":{"x":0,"y":0.5,"z":1e+21}}');
    assert.equal(canonicalize('\u20ac\n"\u0001'), '"€\\n\\"\\u0001"');
    // Keys sort by UTF-16 code units (RFC 8785 section 3.2.3).
    assert.equal(canonicalize({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, '\u00f6': 5 }), '{"\\r":2,"1":4,"ö":5,"€":1,"😀":3}');
  });
  test('refuses what JSON cannot carry', () => {
    assert.throws(() => canonicalize({ a: Number.NaN }));
    assert.throws(() => canonicalize({ a: () => 1 }));
  });
});

describe('RFC 9162 Merkle tree', () => {
  test('the frontier root equals MTH for every size', () => {
    const all = leaves(70);
    const f = new Frontier(0);
    assert.ok(f.root().equals(EMPTY_ROOT));
    for (let n = 1; n <= all.length; n++) {
      f.push(all[n - 1]!);
      assert.ok(f.root().equals(mth(all.slice(0, n))), `size ${n}`);
      const again = Frontier.decode(n, f.encode());
      assert.ok(again.root().equals(f.root()));
    }
  });

  test('inclusion proofs verify for every leaf of every size, and fail when altered', () => {
    for (let n = 1; n <= 33; n++) {
      const all = leaves(n);
      const tree = new LeafTree(new Frontier(0), all);
      const root = mth(all);
      assert.ok(tree.root().equals(root));
      for (let m = 0; m < n; m++) {
        const proof = tree.inclusionProof(m);
        assert.ok(verifyInclusion(m, n, all[m]!, proof, root), `leaf ${m} of ${n}`);
        assert.equal(verifyInclusion(m, n, leafHash('other'), proof, root), false);
        if (n > 1) assert.equal(verifyInclusion((m + 1) % n, n, all[m]!, proof, root), false);
        if (proof.length) {
          const bad = proof.map((p, i) => (i === 0 ? leafHash('x') : p));
          assert.equal(verifyInclusion(m, n, all[m]!, bad, root), false);
        }
      }
    }
  });

  test('consistency proofs verify between every pair of sizes, and fail for a rewritten history', () => {
    const all = leaves(40);
    const tree = new LeafTree(new Frontier(0), all);
    for (let m = 0; m <= 40; m++) {
      for (let n = m; n <= 40; n++) {
        const proof = tree.consistencyProof(m, n);
        assert.ok(verifyConsistency(m, n, mth(all.slice(0, m)), mth(all.slice(0, n)), proof), `${m} -> ${n}`);
        if (m > 0 && m < n) {
          const forked = [...all.slice(0, n)];
          forked[m - 1] = leafHash('rewritten');
          assert.equal(verifyConsistency(m, n, mth(all.slice(0, m)), mth(forked), proof), false);
        }
      }
    }
  });

  test('after a purge, proofs about the kept leaves still come out right from the frontier', () => {
    const all = leaves(45);
    for (const purged of [1, 5, 8, 13, 32]) {
      const base = new Frontier(0);
      for (const l of all.slice(0, purged)) base.push(l);
      const tree = new LeafTree(base, all.slice(purged));
      const root = mth(all);
      assert.ok(tree.root().equals(root), `purged ${purged}`);
      for (let m = purged; m < all.length; m++) assert.ok(verifyInclusion(m, all.length, all[m]!, tree.inclusionProof(m), root));
      for (let n = purged; n <= all.length; n++) {
        assert.ok(verifyConsistency(purged, n, mth(all.slice(0, purged)), mth(all.slice(0, n)), tree.consistencyProof(purged, n)));
      }
      if (purged > 1) assert.throws(() => tree.inclusionProof(0), (e: { code?: string }) => e.code === 'audit_purged');
    }
  });
});
