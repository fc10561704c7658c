// The builder's few behaviours that htmx does not cover: Enter to send,
// the preview width switch, the sidebar drawer on small screens, and keeping
// the newest message in view.
(function () {
  document.documentElement.classList.replace("no-js", "js");
  // Read while this script runs: the CSP nonce the code editor's <style> needs.
  var styleNonce = (document.currentScript && document.currentScript.nonce) || "";

  function messages() { return document.getElementById("messages"); }
  function scrollToEnd() {
    var list = messages();
    // An empty chat's welcome and starting points read from the top.
    if (list && !document.getElementById("chat-empty")) list.scrollTop = list.scrollHeight;
  }
  // A link to one message (#message-…) shows that message, not the newest.
  function scrollToLinked() {
    var linked = location.hash && document.getElementById(location.hash.slice(1));
    if (linked && messages() && messages().contains(linked)) linked.scrollIntoView({ block: "center" });
    else scrollToEnd();
  }

  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.id !== "message" || event.key !== "Enter") return;
    if (event.shiftKey || event.isComposing) return;
    event.preventDefault();
    if (box.value.trim() && !box.disabled) box.form.requestSubmit();
  });

  // A draft in the composer outlives a reload (a file added or uploaded, the colours
  // switched, a slip of the finger): kept for this tab, per conversation, until it is sent.
  function draftSlot() {
    var conversation = document.querySelector("#composer input[name=conversation_id]");
    return "composerDraft:" + (conversation ? conversation.value : "new");
  }
  document.addEventListener("input", function (event) {
    if (event.target.id !== "message") return;
    try {
      if (event.target.value.trim()) sessionStorage.setItem(draftSlot(), event.target.value);
      else sessionStorage.removeItem(draftSlot());
    } catch (e) {}
  });
  function restoreDraft() {
    var box = document.getElementById("message");
    if (!box || box.disabled || box.value) return;  // a starting point's prompt is there already
    var saved;
    try { saved = sessionStorage.getItem(draftSlot()); } catch (e) {}
    if (saved) box.value = saved;
  }
  var sendingSlot = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.target.id === "composer") sendingSlot = draftSlot();
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    // The form itself (it may have been swapped out already, then the event comes from a parent).
    var config = event.detail.requestConfig;
    if (!config || !config.elt || config.elt.id !== "composer" || !sendingSlot) return;
    if (event.detail.successful) { try { sessionStorage.removeItem(sendingSlot); } catch (e) {} }
    sendingSlot = null;
  });
  document.addEventListener("DOMContentLoaded", restoreDraft);

  // The preview renders the site at the chosen device's width and scales it
  // down to fit the pane, so "Desktop" shows the desktop layout.
  var DEVICE_WIDTHS = { phone: 390, tablet: 820, desktop: 1280 };
  function fitPreview() {
    var stage = document.querySelector(".preview-stage");
    var frame = stage && stage.querySelector(".preview-frame");
    if (!frame) return;
    var width = DEVICE_WIDTHS[stage.dataset.width] || DEVICE_WIDTHS.desktop;
    var room = stage.clientWidth - 24;
    if (window.matchMedia("(max-width: 760px)").matches) width = room;  // a phone shows its own width
    var scale = Math.min(1, room / width);
    frame.style.width = width + "px";
    frame.style.height = (stage.clientHeight - 24) / scale + "px";
    frame.style.transform = scale < 1 ? "scale(" + scale + ")" : "";
    stage.style.setProperty("--preview-scaled-width", width * scale + "px");
  }
  window.addEventListener("resize", fitPreview);

  document.addEventListener("click", function (event) {
    var segment = event.target.closest(".segment[data-width]");
    if (segment) {
      var stage = document.querySelector(".preview-stage");
      if (stage) stage.dataset.width = segment.dataset.width;
      fitPreview();
      document.querySelectorAll(".segment[data-width]").forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === segment));
      });
      try { localStorage.setItem("previewWidth", segment.dataset.width); } catch (e) {}
      return;
    }
    // A starting point fills the composer; the person reads it, changes it, sends it.
    var start = event.target.closest("[data-prompt]");
    var box = document.getElementById("message");
    if (start && box && !box.disabled) {
      event.preventDefault();
      box.value = start.dataset.prompt;
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
      return;
    }
    if (event.target.closest(".sidebar-toggle")) {
      setDrawer(!drawerOpen());
      return;
    }
    // The ✕, or a tap outside the drawer (on its backdrop).
    if (drawerOpen() && (event.target.closest(".sidebar-close") || !event.target.closest("#sidebar"))) {
      event.preventDefault();
      setDrawer(false);
    }
  });

  // The sidebar is a drawer on narrow screens (app.css): while open it holds the focus
  // (Tab cycles inside it), and it closes with its ✕, Escape or a tap outside,
  // giving the focus back to its toggle.
  function drawerToggle() { return document.querySelector(".sidebar-toggle"); }
  function drawerOpen() { return document.body.classList.contains("sidebar-open"); }
  function setDrawer(open) {
    var toggle = drawerToggle();
    var sidebar = document.getElementById("sidebar");
    if (!toggle || !sidebar) return;
    document.body.classList.toggle("sidebar-open", open);
    toggle.setAttribute("aria-expanded", String(open));
    // Modal while open: a dialog, and the rest of the page out of reach of Tab and of
    // screen readers (inert).
    document.querySelectorAll(".topbar, .chat, .preview").forEach(function (part) { part.inert = open; });
    sidebar.setAttribute("role", open ? "dialog" : "complementary");
    if (open) sidebar.setAttribute("aria-modal", "true");
    else sidebar.removeAttribute("aria-modal");
    if (open) {
      var first = sidebar.querySelector("[aria-current=page]") || sidebar.querySelector("a[href], button, input");
      if (first) first.focus();
    } else {
      toggle.focus();
    }
  }
  function tabbables(root) {
    return Array.prototype.filter.call(
      root.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), summary, [tabindex='0']"),
      function (el) {
        // Not inside a closed ⋯ menu (whose content is laid out, but out of reach).
        if (el.closest("details:not([open]) > :not(summary)")) return false;
        return el.offsetParent !== null || el === document.activeElement;
      }
    );
  }
  document.addEventListener("keydown", function (event) {
    if (!drawerOpen()) return;
    if (event.key === "Escape") {
      // An open ⋯ menu closes first; the next Escape closes the drawer.
      var menu = event.target.closest && event.target.closest("details[open]");
      if (menu) { menu.open = false; menu.querySelector("summary").focus(); return; }
      event.preventDefault();
      setDrawer(false);
      return;
    }
    if (event.key !== "Tab") return;
    var stops = tabbables(document.getElementById("sidebar"));
    if (!stops.length) return;
    var first = stops[0], last = stops[stops.length - 1];
    if (event.shiftKey && (document.activeElement === first || !stops.includes(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !stops.includes(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  });
  // Widened past the drawer's breakpoint, the sidebar is a column again: nothing stays inert.
  window.addEventListener("resize", function () {
    var toggle = drawerToggle();
    if (drawerOpen() && toggle && toggle.offsetParent === null) {
      document.body.classList.remove("sidebar-open");
      toggle.setAttribute("aria-expanded", "false");
      document.querySelectorAll(".topbar, .chat, .preview").forEach(function (part) { part.inert = false; });
      var sidebar = document.getElementById("sidebar");
      sidebar.setAttribute("role", "complementary");
      sidebar.removeAttribute("aria-modal");
    }
  });

  // The splitter shares the preview column between the site and its files
  // (the editor wants room too); the share is kept across pages and versions.
  var SPLIT_KEY = "previewSplit", SPLIT_MIN = 20, SPLIT_MAX = 80;
  function applySplit(percent) {
    var stage = document.querySelector(".preview-stage");
    var files = document.querySelector(".files");
    var splitter = document.querySelector(".pane-splitter");
    if (!stage || !files || !splitter || !percent) return;
    percent = Math.round(Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, percent)));
    stage.style.flex = percent + " 1 0";
    files.style.flex = (100 - percent) + " 1 0";
    splitter.setAttribute("aria-valuenow", String(percent));
    fitPreview();
    return percent;
  }
  function saveSplit(percent) {
    try { localStorage.setItem(SPLIT_KEY, String(percent)); } catch (e) {}
  }
  function restoreSplit() {
    var saved;
    try { saved = Number(localStorage.getItem(SPLIT_KEY)); } catch (e) {}
    if (saved) applySplit(saved);
  }
  document.addEventListener("pointerdown", function (event) {
    var splitter = event.target.closest && event.target.closest(".pane-splitter");
    if (!splitter || event.button !== 0) return;
    event.preventDefault();
    var preview = splitter.closest(".preview");
    var stage = preview.querySelector(".preview-stage");
    var files = preview.querySelector(".files");
    var top = stage.getBoundingClientRect().top;
    var room = stage.offsetHeight + files.offsetHeight;
    var percent;
    splitter.setPointerCapture(event.pointerId);
    preview.classList.add("resizing");
    function move(e) { percent = applySplit((e.clientY - top) / room * 100); }
    function end() {
      preview.classList.remove("resizing");
      splitter.removeEventListener("pointermove", move);
      splitter.removeEventListener("pointerup", end);
      splitter.removeEventListener("pointercancel", end);
      if (percent) saveSplit(percent);
    }
    splitter.addEventListener("pointermove", move);
    splitter.addEventListener("pointerup", end);
    splitter.addEventListener("pointercancel", end);
  });
  document.addEventListener("keydown", function (event) {
    var splitter = event.target;
    if (!splitter.classList || !splitter.classList.contains("pane-splitter")) return;
    var steps = { ArrowUp: -5, ArrowDown: 5, Home: -100, End: 100 };
    if (!(event.key in steps)) return;
    event.preventDefault();
    var percent = applySplit(Number(splitter.getAttribute("aria-valuenow")) + steps[event.key]);
    if (percent) saveSplit(percent);
  });

  // The preview keeps the chosen width when htmx swaps in a new version.
  function restoreWidth() {
    var width;
    try { width = localStorage.getItem("previewWidth"); } catch (e) {}
    var button = width && document.querySelector('.segment[data-width="' + width + '"]');
    if (button) button.click();
  }

  // "Load older messages" adds above what the reader sees: the list keeps its distance
  // from the bottom, so the page stays on the message the reader was at. The distance is
  // kept on the request itself: other answers arriving meanwhile (a live poll's 204) go
  // through the same events and must not change it. The link settles at once
  // (settle:0ms), so no frame is drawn between the swap and the restored place.
  function olderRequest(event) {
    var config = event.detail && event.detail.requestConfig;
    return config && config.elt && config.elt.hasAttribute && config.elt.hasAttribute("data-load-older") ? config : null;
  }
  document.addEventListener("htmx:beforeSwap", function (event) {
    var list = messages(), config = olderRequest(event);
    if (list && config) config.keepPlace = list.scrollHeight - list.scrollTop;
  });
  function restorePlace(keepPlace) {
    var list = messages();
    if (!list || keepPlace === undefined) return;
    list.scrollTop = list.scrollHeight - keepPlace;
    // The link that had the focus is gone: the focus goes to the next one up, or the list.
    var older = document.querySelector("#load-older a");
    if (!older) { list.setAttribute("tabindex", "-1"); older = list; }
    older.focus({ preventScroll: true });
  }

  // A page drawn again (news from another tab; Edit, Regenerate) keeps what its reader
  // loaded: the server draws the chat from the oldest message the page shows.
  document.addEventListener("htmx:configRequest", function (event) {
    var elt = event.detail.elt;
    if (!elt || !elt.hasAttribute || !elt.hasAttribute("data-redraws")) return;
    var first = document.querySelector("#messages .message[id^='message-']");
    if (first) event.detail.parameters.shown_from = first.id.slice("message-".length);
    // The file open in the viewer stays open when the preview is drawn again.
    var opened = document.querySelector("#file-viewer .file-view-path code");
    if (opened) event.detail.parameters.open_file = opened.textContent;
    // The version the preview shows (the poll's own address carries it already).
    var live = document.getElementById("live-slot");
    if (event.detail.verb !== "get" && live && live.dataset.version) {
      event.detail.parameters.version = live.dataset.version;
    }
  });
  // News from another tab redraws the chat as the reader left it: the answers they
  // unfolded stay open, and the chat stays where they were reading (at the newest
  // message, if that is where they were).
  var redrawing = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    redrawing = null;
    if (!fromLiveUpdates(event) || !event.detail.shouldSwap) return;
    // A message being edited, or a file: the news waits until they are done (the poll asks again).
    if (document.querySelector("#edit-offer[open]") || document.getElementById("editor")) {
      event.detail.shouldSwap = false;
      return;
    }
    var list = messages();
    if (!list) return;
    var top = list.getBoundingClientRect().top;
    var anchor = Array.prototype.find.call(list.querySelectorAll(".message[id], .version-event[id]"), function (item) {
      return item.getBoundingClientRect().bottom > top;
    });
    redrawing = {
      atEnd: list.scrollHeight - list.scrollTop - list.clientHeight < 40,
      anchorId: anchor && anchor.id,
      anchorOffset: anchor ? anchor.getBoundingClientRect().top - top : 0,
      open: Array.prototype.map.call(list.querySelectorAll("details.message[open][id]"), function (item) { return item.id; }),
      focus: focusIn(list),
    };
  });
  // The focus, when it is in the chat, as a way to find its element again once redrawn:
  // the nearest element with an id, and the focused element's place among its kind there.
  function focusIn(list) {
    var focused = document.activeElement;
    var owner = focused && list.contains(focused) && focused !== list && focused.parentElement.closest("[id]");
    if (!owner) return null;
    if (focused.id) return { id: focused.id };
    var alike = owner.querySelectorAll(focused.tagName);
    return { id: owner.id, tag: focused.tagName, index: Array.prototype.indexOf.call(alike, focused) };
  }
  function refocus(kept) {
    var owner = document.getElementById(kept.id);
    var target = owner && kept.tag ? owner.querySelectorAll(kept.tag)[kept.index] : owner;
    if (target) target.focus({ preventScroll: true });
  }
  document.addEventListener("htmx:oobAfterSwap", function (event) {
    var list = messages();
    if (!redrawing || !list || event.detail.target !== list) return;
    var kept = redrawing;
    redrawing = null;
    kept.open.forEach(function (id) {
      var item = document.getElementById(id);
      if (item && item.tagName === "DETAILS") item.open = true;
    });
    var anchor = kept.anchorId && document.getElementById(kept.anchorId);
    if (kept.focus) refocus(kept.focus);
    if (kept.atEnd || !anchor) scrollToEnd();
    else list.scrollTop += anchor.getBoundingClientRect().top - list.getBoundingClientRect().top - kept.anchorOffset;
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id === "preview") { restoreWidth(); restoreSplit(); fitPreview(); }
    var older = olderRequest(event);
    if (older) restorePlace(older.keepPlace);
    // News from another tab placed the chat itself (above). A file opened in the
    // preview's viewer is no reason to move the chat.
    else if (!fromLiveUpdates(event) && !(event.target.closest && event.target.closest("#preview"))) scrollToEnd();
    if (event.target.id === "composer") restoreDraft();
    var box = document.getElementById("message");
    if (box && !box.disabled && event.target.id === "composer" && !fromLiveUpdates(event)) box.focus();
  });
  // News from another tab (live updates) never takes the focus.
  function fromLiveUpdates(event) {
    var config = event.detail && event.detail.requestConfig;
    return !!(config && config.elt && config.elt.hasAttribute("data-live-poll"));
  }
  // A draft in the composer is kept when news replaces the composer (another tab's run
  // began or ended: live updates, a run's end); only the composer's own requests replace it.
  var swapFromComposer = false;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var config = event.detail.requestConfig;
    swapFromComposer = !!(config && config.elt && config.elt.closest && config.elt.closest("#composer"));
    // News asked for before this page changed the conversation itself (a send, Done after
    // editing) is older than what the page shows: its poll was replaced meanwhile.
    if (fromLiveUpdates(event) && !document.body.contains(config.elt)) event.detail.shouldSwap = false;
  });
  // The same check on the poll element itself: an element the page has replaced is out of
  // the document, and its events no longer reach the document's listeners above.
  function guardPolls(root) {
    if (!root || !root.querySelectorAll) return;
    var polls = Array.prototype.slice.call(root.querySelectorAll("[data-live-poll]"));
    if (root.matches && root.matches("[data-live-poll]")) polls.push(root);
    polls.forEach(function (poll) {
      if (poll.dataset.guarded) return;
      poll.dataset.guarded = "yes";
      poll.addEventListener("htmx:beforeSwap", function (event) {
        if (!document.body.contains(poll)) event.detail.shouldSwap = false;
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { guardPolls(document); });
  document.addEventListener("htmx:load", function (event) { guardPolls(event.detail.elt); });
  document.addEventListener("htmx:afterSwap", function () { guardPolls(document); });
  document.addEventListener("htmx:oobAfterSwap", function () { guardPolls(document); });
  document.addEventListener("htmx:oobBeforeSwap", function (event) {
    if (swapFromComposer || event.detail.target.id !== "composer") return;
    var box = document.getElementById("message");
    if (box && !box.disabled && box.value.trim()) event.detail.shouldSwap = false;
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var form = event.target.closest && event.target.closest("#composer");
    if (form) document.getElementById("composer-error").innerHTML = "";
    // A send or a Retry starts a run: Edit and Regenerate were offered on the messages
    // before it, and come back, on the newest ones, when it ends.
    if (form || (event.target.closest && event.target.closest(".run"))) {
      ["edit-offer", "regenerate-offer"].forEach(function (id) {
        var offer = document.getElementById(id);
        if (offer) offer.remove();
      });
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    restoreWidth();
    restoreSplit();
    fitPreview();
    scrollToLinked();
  });

  // Images dropped on the files are uploaded, as if chosen with "Upload images".
  function carriesFiles(event) {
    return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types || [], "Files") !== -1;
  }
  function dropZone(event) {
    var zone = event.target.closest && event.target.closest(".files");
    return zone && zone.querySelector("#upload-images") ? zone : null;
  }
  ["dragenter", "dragover"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var zone = dropZone(event);
      if (!zone || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "copy";
      zone.classList.add("drop-target");
    });
  });
  document.addEventListener("dragleave", function (event) {
    var zone = dropZone(event);
    if (zone && !zone.contains(event.relatedTarget)) zone.classList.remove("drop-target");
  });
  document.addEventListener("drop", function (event) {
    var zone = dropZone(event);
    if (!zone || !carriesFiles(event)) return;
    event.preventDefault();
    zone.classList.remove("drop-target");
    var input = zone.querySelector("#upload-images");
    input.files = event.dataTransfer.files;
    input.closest("details").open = true;
    input.form.requestSubmit();
  });

  // Edit mode. The server has every save; until a save is answered, the text
  // also waits in localStorage, so a reload or a crash loses no keystroke.
  var unsaved = false;
  function editor() { return document.getElementById("editor"); }
  function draftKey() { var form = editor(); return form && form.dataset.draftKey; }
  function revision() { var input = document.getElementById("edit-revision"); return input && input.value; }

  document.addEventListener("input", function (event) {
    if (event.target.id !== "editor-content") return;
    unsaved = true;
    try {
      localStorage.setItem(draftKey(), JSON.stringify({ text: event.target.value, revision: revision() }));
    } catch (e) {}
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.elt !== editor()) return;
    if (event.detail.successful) {
      unsaved = false;
      try { localStorage.removeItem(draftKey()); } catch (e) {}
    }
  });
  document.addEventListener("site-edited", function () {
    var frame = document.querySelector(".preview-frame");
    if (frame) frame.src = frame.src.replace(/\?.*$/, "") + "?edit=" + Date.now();
  });
  // The Edit form has appeared: put back text a reload interrupted (and save
  // it), then lay the code editor over the textarea if it was built.
  function setUpEditor() {
    var form = editor();
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "yes";
    var box = document.getElementById("editor-content");
    var saved;
    try { saved = JSON.parse(localStorage.getItem(draftKey()) || "null"); } catch (e) {}
    if (saved && saved.revision === revision() && saved.text !== box.value) {
      box.value = saved.text;
      unsaved = true;
      htmx.trigger(form, "submit");
    }
    var source = form.dataset.codeEditor;
    if (source) withCodeEditor(source, function (codeEditor) {
      if (!box.isConnected) return;  // left Edit mode meanwhile
      var view = codeEditor.attach(box, {
        path: box.dataset.path, label: "Edit " + box.dataset.path, styleNonce: styleNonce,
      });
      // The scroller holds the focusable content, but reach it by Tab all the same
      // (a keyboard user scrolls a long file from there).
      view.scrollDOM.tabIndex = 0;
      view.focus();  // Edit mode opens on the user's click: type at once
    });
  }
  // The code editor's script is large: loaded the first time Edit mode opens.
  var codeEditorWaiting = null;
  function withCodeEditor(source, use) {
    if (window.KeepsiteEditor) return use(window.KeepsiteEditor);
    if (codeEditorWaiting) return codeEditorWaiting.push(use);
    codeEditorWaiting = [use];
    var script = document.createElement("script");
    script.src = source;
    script.onload = function () {
      var waiting = codeEditorWaiting;
      codeEditorWaiting = null;
      waiting.forEach(function (fn) { fn(window.KeepsiteEditor); });
    };
    // Without it the textarea is still a working editor.
    script.onerror = function () { codeEditorWaiting = null; };
    document.head.appendChild(script);
  }
  // Ctrl+S (Cmd+S) in the editor saves now, rather than the browser saving the page.
  document.addEventListener("keydown", function (event) {
    var form = editor();
    if (!form || !form.contains(event.target)) return;
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") return;
    event.preventDefault();
    htmx.trigger(form, "submit");
  });
  document.addEventListener("htmx:afterSettle", setUpEditor);
  document.addEventListener("DOMContentLoaded", setUpEditor);
  function closeBurst(form) {
    var data = new FormData();
    data.append("csrf_token", form.querySelector("[name=csrf_token]").value);
    navigator.sendBeacon(form.dataset.closeUrl, data);
  }
  // Done: text typed since the last save is saved first (capture: before the button's
  // own request, which hx-sync queues after the save).
  document.addEventListener("click", function (event) {
    var form = editor();
    if (form && unsaved && event.target.closest("[data-close-edits]")) htmx.trigger(form, "submit");
  }, true);
  window.addEventListener("pagehide", function () {
    var form = editor();
    if (!form) return;
    if (unsaved) navigator.sendBeacon(form.action, new FormData(form));
    closeBurst(form);
  });
})();
