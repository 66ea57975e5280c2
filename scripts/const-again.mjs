// The one edit scripts/bundle-deid.mjs makes to esbuild's bundle: a top-level `var` that nothing assigns again is
// declared `const` again (esbuild writes `var` for every top-level binding of a bundle; V8 reads a module's `const`
// faster). Pure: text in, text out; tested by test/scripts/const-again.test.ts.
import ts from 'typescript';

/** Names that some statement assigns (`x = `, `x += `, `x++`, a destructuring or for-in/of target): anywhere in the
 * file, so a local of the same name keeps a top-level `var` as it is (safe, if sometimes more than needed). */
function assignedNames(sf) {
  const out = new Set();
  const target = (n) => {
    if (ts.isIdentifier(n)) out.add(n.text);
    else if (ts.isParenthesizedExpression(n)) target(n.expression);
    else if (ts.isArrayLiteralExpression(n)) n.elements.forEach(target);
    else if (ts.isObjectLiteralExpression(n))
      for (const p of n.properties) {
        if (ts.isShorthandPropertyAssignment(p)) out.add(p.name.text);
        else if (ts.isPropertyAssignment(p)) target(p.initializer);
        else if (ts.isSpreadAssignment(p)) target(p.expression);
      }
    else if (ts.isSpreadElement(n)) target(n.expression);
    else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) target(n.left);
  };
  const visit = (n) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target(n.left);
    else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) target(n.operand);
    else if ((ts.isForInStatement(n) || ts.isForOfStatement(n)) && !ts.isVariableDeclarationList(n.initializer)) target(n.initializer);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The bundle's top-level `var x = ...` that nothing assigns again, declared `const` (the only edit of esbuild's text). */
export function constAgain(code) {
  const sf = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const assigned = assignedNames(sf);
  const at = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || (st.declarationList.flags & ts.NodeFlags.BlockScoped) !== 0) continue;
    const ds = st.declarationList.declarations;
    if (ds.every((d) => ts.isIdentifier(d.name) && d.initializer && !assigned.has(d.name.text))) at.push(st.declarationList.getStart(sf));
  }
  let out = '';
  let from = 0;
  for (const x of at) {
    if (code.slice(x, x + 4) !== 'var ') throw new Error(`bundle-deid: no var at ${x}`);
    out += code.slice(from, x) + 'const ';
    from = x + 4;
  }
  return { code: out + code.slice(from), count: at.length };
}
