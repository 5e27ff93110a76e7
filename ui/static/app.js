/* jobcoach chat page: streams replies over the JSON API. Everything the user, the model or a coach
   wrote goes in with textContent, never innerHTML, so it can never become markup. */
(function () {
  "use strict";
  var body = document.body;
  var S = JSON.parse(body.getAttribute("data-strings") || "{}");
  var KEY = "jobcoach.conversation";
  var id = body.getAttribute("data-conversation");
  var token = body.getAttribute("data-token");
  var limit = parseInt(body.getAttribute("data-limit") || "2000", 10);
  var polling = null;

  function store(k, v) { try { if (v === null) { localStorage.removeItem(k); } else { localStorage.setItem(k, v); } } catch (e) { /* private mode */ } }
  function load(k) { try { return localStorage.getItem(k); } catch (e) { return null; } }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // Earlier versions kept the last crisis panel here; the page now gets it from the stored reply.
  // Remove it, as it would tell the next person on this device that there was a crisis.
  store("jobcoach.last", null);
  if (body.getAttribute("data-deleted")) { store(KEY, null); }
  var deleteForm = document.getElementById("delete-form");
  if (deleteForm) { deleteForm.addEventListener("submit", function () { store(KEY, null); }); }

  if (body.getAttribute("data-view") === "start" && !body.getAttribute("data-deleted")) {
    var saved = JSON.parse(load(KEY) || "null");
    if (saved && saved.id && saved.token) {  // the cookie went, our copy did not: resume
      fetch("/resume", { method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ id: saved.id, token: saved.token }).toString() })
        .then(function (r) { if (r.ok) { location.reload(); } else { store(KEY, null); } });
    }
  }
  if (!id || !token) { return; }
  store(KEY, JSON.stringify({ id: id, token: token }));

  var thread = document.getElementById("thread");
  var form = document.getElementById("send");
  var textarea = document.getElementById("text");
  var button = document.getElementById("send-button");
  var live = document.getElementById("live");
  var api = "/api/conversations/" + encodeURIComponent(id);
  var auth = { "Authorization": "Bearer " + token };

  function showError(message) {
    var group = form.querySelector(".form-group");
    var error = document.getElementById("text-error");
    var summary = document.getElementById("error-summary");
    if (!message) {
      group.classList.remove("form-group--error"); error.hidden = true; textarea.removeAttribute("aria-describedby");
      if (summary) { summary.parentNode.removeChild(summary); }
      document.title = document.title.replace(/^Error: /, "");
      return;
    }
    group.classList.add("form-group--error");
    error.hidden = false; error.lastChild.textContent = message;
    textarea.setAttribute("aria-describedby", "text-error");
    if (!summary) {
      summary = el("div", "error-summary");
      summary.id = "error-summary"; summary.setAttribute("role", "alert"); summary.tabIndex = -1;
      summary.appendChild(el("h2", "error-summary__title", S.error_title));
      var list = el("ul"); var item = el("li"); var link = el("a", "", message);
      link.href = "#text"; item.appendChild(link); list.appendChild(item); summary.appendChild(list);
      var main = document.getElementById("main"); main.insertBefore(summary, main.firstChild);
    } else { summary.querySelector("a").textContent = message; }
    if (!/^Error: /.test(document.title)) { document.title = "Error: " + document.title; }
    summary.focus();
  }

  function who(role) {
    var p = el("p", "msg__who", role === "user" ? S.you : role === "coach" ? S.coach : S.assistant);
    if (role === "coach") { p.appendChild(document.createTextNode(" ")); p.appendChild(el("span", "tag", S.coach_note)); }
    return p;
  }

  function bubble(role, text, messageId) {
    var li = el("li", "msg msg--" + role);
    if (messageId) { li.id = "m" + messageId; li.setAttribute("data-id", messageId); }
    li.appendChild(who(role));
    li.appendChild(el("div", "msg__text", text));
    thread.appendChild(li);
    return li;
  }

  function crisis(helplines) {
    var box = el("div", "crisis"); box.setAttribute("role", "alert");
    box.appendChild(el("h2", "crisis__title", S.crisis_title));
    var p = el("p"); var call = el("a", "crisis__call", S.crisis_999); call.href = "tel:999"; p.appendChild(call); box.appendChild(p);
    var list = el("ul", "crisis__lines");
    (helplines || []).forEach(function (line) {
      var item = el("li"); item.appendChild(el("strong", "", line.name));
      if (/^tel:/.test(line.tel || "")) { var a = el("a", "button button--call", S.call + " " + line.number); a.href = line.tel; item.appendChild(a); }
      if (/^sms:/.test(line.sms || "")) { var b = el("a", "button button--call", S.text + " " + line.text); b.href = line.sms; item.appendChild(b); }
      list.appendChild(item);
    });
    if (list.firstChild) { box.appendChild(list); }
    return box;
  }

  function citations(li, cites) {
    if (!cites || !cites.length || li.querySelector(".cites")) { return; }
    var box = el("div", "cites"); box.appendChild(el("h3", "cites__title", S.sources));
    var list = el("ol");
    cites.forEach(function (c) {
      var item = el("li"); item.value = c.number;
      if (/^https?:\/\//.test(c.url || "")) { var a = el("a", "", c.title); a.href = c.url; item.appendChild(a); }
      else { item.appendChild(document.createTextNode(c.title)); }
      if (c.section) { item.appendChild(document.createTextNode(" ")); item.appendChild(el("span", "cites__section", "(" + c.section + ")")); }
      list.appendChild(item);
    });
    box.appendChild(list); li.appendChild(box);
  }

  function suggestions(li, texts) {
    if (!texts || !texts.length) { return; }
    var box = el("div", "suggest"); box.appendChild(el("h3", "suggest__title", S.suggestions));
    texts.slice(0, 3).forEach(function (text) {
      var f = el("form", "suggest__form"); f.method = "post"; f.action = "/chat";
      var b = el("button", "button button--secondary", text); b.name = "text"; b.value = text;
      f.appendChild(b); box.appendChild(f);
    });
    li.appendChild(box);
  }

  function feedback(li, messageId) {
    var f = el("form", "feedback"); f.method = "post"; f.action = "/feedback";
    var hidden = el("input"); hidden.type = "hidden"; hidden.name = "message_id"; hidden.value = messageId; f.appendChild(hidden);
    var fs = el("fieldset", "fieldset"); fs.appendChild(el("legend", "legend legend--small", S.helpful_q));
    var label = el("label", "label label--small", S.reason_label); label.htmlFor = "reason-" + messageId; fs.appendChild(label);
    var input = el("input", "input"); input.id = "reason-" + messageId; input.name = "reason"; input.type = "text"; input.maxLength = 1000; fs.appendChild(input);
    var row = el("div", "feedback__buttons");
    [["yes", S.helpful], ["no", S.not_helpful]].forEach(function (pair) {
      var b = el("button", "button button--secondary", pair[1]); b.name = "helpful"; b.value = pair[0]; row.appendChild(b);
    });
    fs.appendChild(row); f.appendChild(fs); li.appendChild(f);
  }

  function clearOld() {
    Array.prototype.forEach.call(thread.querySelectorAll(".suggest, .feedback, .thanks"), function (n) { n.parentNode.removeChild(n); });
  }

  function finish(li, reply) {
    li.id = "m" + reply.message_id; li.setAttribute("data-id", reply.message_id);
    li.querySelector(".msg__text").textContent = reply.answer;
    var first = li.querySelector(".msg__text");
    if (reply.urgent || (reply.helplines && reply.helplines.length)) { li.insertBefore(crisis(reply.helplines), first); }
    if (reply.notice) { li.insertBefore(el("p", "notice", reply.notice), first); }
    citations(li, reply.citations);
    suggestions(li, reply.suggestions);
    if (reply.feedback !== false) { feedback(li, reply.message_id); }  // none under a crisis or holding reply
    li.removeAttribute("aria-busy");
    live.textContent = reply.answer;
    if (reply.handoff) { body.setAttribute("data-status", "handed_over"); startPolling(); }
  }

  function send(text) {
    if (!text.trim()) { showError(S.error_empty); textarea.focus(); return; }
    if (text.length > limit) { showError(S.error_long); return; }
    showError("");
    clearOld();
    bubble("user", text);
    textarea.value = ""; button.disabled = true;
    live.textContent = S.sending;
    var li = bubble("assistant", ""); li.setAttribute("aria-busy", "true");
    var out = li.querySelector(".msg__text");
    fetch(api + "/messages?stream=true", { method: "POST", headers: Object.assign({ "Content-Type": "application/json", "Accept": "text/event-stream" }, auth),
      body: JSON.stringify({ text: text }) })
      .then(function (response) {
        if (!response.ok || !response.body) { throw new Error("HTTP " + response.status); }
        var reader = response.body.getReader(); var decoder = new TextDecoder(); var buffer = "";
        function handle(block) {
          var event = "message"; var data = [];
          block.split("\n").forEach(function (line) {
            if (line.indexOf("event:") === 0) { event = line.slice(6).trim(); }
            else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
          });
          if (!data.length) { return; }
          var value = JSON.parse(data.join("\n"));
          if (event === "token") { out.textContent += value; }
          else if (event === "citations") { citations(li, value); }
          else if (event === "done") { finish(li, value); }
        }
        function pump() {
          return reader.read().then(function (chunk) {
            if (chunk.done) { return; }
            buffer += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
            var end;
            while ((end = buffer.indexOf("\n\n")) >= 0) { handle(buffer.slice(0, end)); buffer = buffer.slice(end + 2); }
            return pump();
          });
        }
        return pump();
      })
      .catch(function () { out.textContent = S.error_failed; li.removeAttribute("aria-busy"); live.textContent = S.error_failed; })
      .then(function () { button.disabled = false; });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); send(textarea.value); });
  textarea.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); send(textarea.value); }
  });

  thread.addEventListener("submit", function (event) {
    var f = event.target;
    if (f.classList.contains("suggest__form")) {
      event.preventDefault();
      var chosen = event.submitter || f.querySelector("button");
      send(chosen.value);
    } else if (f.classList.contains("feedback")) {
      event.preventDefault();
      var submitter = event.submitter || f.querySelector("button");
      var reason = f.querySelector("input[name=reason]").value.trim();
      var messageId = f.querySelector("input[name=message_id]").value;
      fetch(api + "/messages/" + encodeURIComponent(messageId) + "/feedback", { method: "POST",
        headers: Object.assign({ "Content-Type": "application/json" }, auth),
        body: JSON.stringify({ helpful: submitter.value === "yes", reason: reason || null }) })
        .then(function (r) {
          var p = el("p", "thanks", r.ok ? S.thanks : S.error_failed); p.setAttribute("role", "status"); p.tabIndex = -1;
          f.parentNode.replaceChild(p, f); p.focus();
        });
    }
  });

  function lastId() {
    var ids = Array.prototype.map.call(thread.querySelectorAll("[data-id]"), function (n) { return parseInt(n.getAttribute("data-id"), 10); });
    return ids.length ? Math.max.apply(null, ids) : 0;
  }

  function poll() {
    fetch(api, { headers: auth }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      if (!data) { return; }
      var seen = lastId();
      data.messages.forEach(function (m) {
        if (m.id > seen && m.role === "coach") { bubble("coach", m.text, m.id); live.textContent = S.new_messages + ": " + m.text; }
      });
      body.setAttribute("data-status", data.status);
    });
  }

  function startPolling() {
    if (polling) { return; }
    polling = setInterval(function () { if (!document.hidden) { poll(); } }, 10000);
  }

  window.addEventListener("focus", function () { if (body.getAttribute("data-status") === "handed_over") { poll(); } });
  if (body.getAttribute("data-status") === "handed_over") { startPolling(); }

  document.documentElement.className = "js";
})();
