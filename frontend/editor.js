// The builder's code editor: CodeMirror laid over the Edit form's textarea.
//
// The textarea stays the form's field. Every change is copied into it and
// announced with an `input` event, so the page's autosave (htmx), its
// localStorage copy and its pagehide beacon work exactly as they do without
// this bundle, when the plain textarea is the editor.
//
// Bundled by scripts/fetch_vendor.py into static/vendor/editor.js, which
// exposes window.KeepsiteEditor.

import { basicSetup } from "codemirror";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { indentUnit, syntaxHighlighting } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { css } from "@codemirror/lang-css";
import { html } from "@codemirror/lang-html";
import { javascript } from "@codemirror/lang-javascript";
import { json } from "@codemirror/lang-json";

const LANGUAGES = {
  html: html,
  htm: html,
  svg: html,
  css: css,
  js: javascript,
  mjs: javascript,
  json: json,
  webmanifest: json,
};

function languageFor(path) {
  const extension = path.includes(".") ? path.split(".").pop().toLowerCase() : "";
  const language = LANGUAGES[extension];
  return language ? [language()] : [];
}

// Sizes and colours come from app.css (the .cm-* rules, and the tok-* classes that
// classHighlighter gives each token instead of CodeMirror's own light colours), so the
// editor follows the page's theme, light or dark; this only sets what CodeMirror needs in JS.
const layout = EditorView.theme({
  "&": { height: "100%" },
  ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.5" },
});

function attach(textarea, options) {
  const path = (options && options.path) || "";
  const label = (options && options.label) || "Code";
  // The page's CSP admits CodeMirror's <style> element by this nonce only.
  const nonce = (options && options.styleNonce) || "";
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        basicSetup,
        syntaxHighlighting(classHighlighter),
        nonce ? EditorView.cspNonce.of(nonce) : [],
        languageFor(path),
        indentUnit.of("  "),
        EditorState.tabSize.of(2),
        layout,
        EditorView.contentAttributes.of({ "aria-label": label, spellcheck: "false", autocapitalize: "off" }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          textarea.value = update.state.doc.toString();
          textarea.dispatchEvent(new Event("input", { bubbles: true }));
        }),
      ],
    }),
  });
  textarea.insertAdjacentElement("afterend", view.dom);
  textarea.hidden = true;
  view.dom.classList.add("code-editor-view");
  return view;
}

window.KeepsiteEditor = { attach: attach };
