// Runs the verify page's own check in Node: the JavaScript between "// BEGIN jw-verify" and
// "// END jw-verify" of the HTML file given as argv[2], as the page has it (nothing copied).
// stdin: {"trust": <trust list> | null, "codes": ["JW1:...", ...], "mode": "code" | "any" |
// "file"}; with "trust": null the trust list is the page's own <script type="application/json"
// id="vertrouwd"> block, read as the page reads it (JSON.parse of the element's text). Mode
// "code" (the default) checks QR texts (verifyCode), "any" whatever can be pasted (verifyAny:
// also a VC-JWT or a credential file's JSON), "file" chosen files given in base64 (verifyFile).
// stdout: {"supported": bool, "results": [{"outcome", "reason", "details"}, ...]}.
"use strict";
const fs = require("node:fs");

if (!globalThis.crypto) globalThis.crypto = require("node:crypto").webcrypto; // Node 18

const html = fs.readFileSync(process.argv[2], "utf8");
const code = html.match(/\/\/ BEGIN jw-verify\n([\s\S]*?)\/\/ END jw-verify/);
if (!code) throw new Error("no jw-verify block in " + process.argv[2]);
const JWVerify = new Function(code[1] + "\nreturn JWVerify;")();

function embeddedTrust() {
  return JSON.parse(embeddedBlock());
}

// ---- the whole page on a small stand-in DOM (no browser here) ----
// With {"page": {"hash": "...", "submit": "..." | null, "file": base64 | null, "noEd25519": bool}}
// the page's complete
// inline script runs against stand-in elements for the ids in the HTML; stdout is then what
// the page shows: the outcome's class and text, the explanation, the reason, the rows of
// details, the list of trusted issuers, the text field and the title.
class Element {
  constructor(tag, id) {
    Object.assign(this, { tagName: tag, id: id || "", children: [], attrs: {}, text: "",
      hidden: false, className: "", value: "", listeners: {} });
  }
  get textContent() {
    return this.text + this.children.map((c) => (typeof c === "string" ? c : c.textContent)).join("");
  }
  set textContent(v) { this.text = String(v); this.children = []; }
  get firstChild() { return this.children[0] || (this.text ? this.text : null); }
  replaceChildren(...c) { this.text = ""; this.children = c; }
  appendChild(c) { this.children.push(c); return c; }
  append(...c) { this.children.push(...c); }
  setAttribute(k, v) { this.attrs[k] = String(v); }
  addEventListener(type, f) { (this.listeners[type] = this.listeners[type] || []).push(f); }
  dispatch(type) { for (const f of this.listeners[type] || []) f({ preventDefault() {} }); }
  focus() {}
}

async function runPage(options) {
  const ids = new Map();
  for (const [, tag, attrs] of html.matchAll(/<(\w+)\b([^>]*)>/g)) {
    const id = attrs.match(/\bid="([^"]+)"/);
    if (!id) continue;
    const el = new Element(tag, id[1]);
    el.hidden = /\shidden(\s|$)/.test(attrs);
    ids.set(id[1], el);
  }
  ids.get("vertrouwd").text = embeddedBlock();
  const document = {
    title: "",
    getElementById: (id) => ids.get(id) || null,
    createElement: (tag) => new Element(tag),
    createElementNS: (ns, tag) => new Element(tag),
  };
  const window = new Element("window");
  const location = { hash: options.hash || "" };
  if (options.noEd25519) {
    const real = globalThis.crypto.subtle;
    const refuse = () => Promise.reject(new DOMException("Ed25519", "NotSupportedError"));
    const subtle = { importKey: refuse, verify: refuse, digest: (...a) => real.digest(...a) };
    Object.defineProperty(globalThis, "crypto", { value: { subtle }, configurable: true });
  }
  const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (script.length !== 1) throw new Error("expected one inline script, found " + script.length);
  new Function("document", "window", "location", script[0])(document, window, location);
  if (options.submit !== undefined && options.submit !== null) {
    ids.get("code").value = options.submit;
    ids.get("formulier").dispatch("submit");
  }
  if (options.file) {
    const bytes = Buffer.from(options.file, "base64");
    ids.get("bestand").files = [{ arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }];
    ids.get("bestand").dispatch("change");
  }
  const out = ids.get("uitkomst");
  // settle: the check is asynchronous (WebCrypto, DecompressionStream)
  for (let i = 0; i < 2000 && (out.hidden || /bezig/.test(out.className)); i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  const rows = [];
  const dl = ids.get("gegevens").children;
  for (let i = 0; i + 1 < dl.length; i += 2) rows.push([dl[i].textContent, dl[i + 1].textContent]);
  const shown = (id) => (ids.get(id).hidden ? null : ids.get(id).textContent);
  return {
    className: out.hidden ? null : out.className, outcome: shown("uitkomst"),
    hasIcon: out.children.some((c) => c.tagName === "svg"),
    explanation: shown("uitleg"), reason: shown("reden"), rows: ids.get("gegevens").hidden ? [] : rows,
    listIntro: ids.get("lijst-uitleg").textContent,
    list: ids.get("lijst").children.map((li) => li.textContent),
    field: ids.get("code").value, title: document.title,
  };
}

function embeddedBlock() {
  const block = html.match(/<script type="application\/json" id="vertrouwd">([\s\S]*?)<\/script>/);
  if (!block) throw new Error("no trust list block");
  return block[1];
}

(async () => {
  const input = JSON.parse(fs.readFileSync(0, "utf8"));
  if (input.page) {
    process.stdout.write(JSON.stringify(await runPage(input.page)));
    return;
  }
  const trust = input.trust === null ? embeddedTrust() : input.trust;
  const supported = await JWVerify.supported();
  const results = [];
  const mode = input.mode || "code";
  for (const text of input.codes) {
    if (mode === "code") results.push(await JWVerify.verifyCode(text, trust));
    else if (mode === "any") results.push(await JWVerify.verifyAny(text, trust));
    else results.push(await JWVerify.verifyFile(new Uint8Array(Buffer.from(text, "base64")), trust));
  }
  process.stdout.write(JSON.stringify({ supported, trust, results }));
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
