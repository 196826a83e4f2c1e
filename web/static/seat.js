/* Live updates for a seat page. The page is complete without this script: it only replaces
   the parts the server says have changed, counts the deliberation clock down, and offers each
   action's own targets. Served from the package; no inline script anywhere (see the CSP). */
"use strict";
(function () {
  var moveDirty = false;
  var countdown = null;

  function mmss(seconds) {
    var whole = Math.max(0, Math.ceil(seconds));
    var minutes = Math.floor(whole / 60), rest = whole % 60;
    return (minutes < 10 ? "0" : "") + minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function startClock() {
    if (countdown !== null) { clearInterval(countdown); countdown = null; }
    var clock = document.getElementById("f-clock");
    if (!clock || !clock.hasAttribute("data-left")) { return; }
    var text = clock.querySelector(".clock-text"), asOf = clock.querySelector(".as-of");
    if (!text) { return; }
    var template = text.textContent.replace(/\d+:\d\d/, "{time}");
    var endsAt = Date.now() + 1000 * parseFloat(clock.getAttribute("data-left"));
    if (asOf) { asOf.hidden = true; }
    function show() {
      var left = (endsAt - Date.now()) / 1000;
      text.textContent = template.replace("{time}", mmss(left));
      if (left <= 0 && countdown !== null) { clearInterval(countdown); countdown = null; }
    }
    show();
    countdown = setInterval(show, 1000);
  }

  function offerTargets(row) {
    var action = row.querySelector("select.action"), target = row.querySelector("select.target");
    if (!action || !target) { return; }
    var chosen = action.options[action.selectedIndex];
    var allowed = (chosen && chosen.getAttribute("data-targets") || "").split(" ").filter(Boolean);
    Array.prototype.forEach.call(target.options, function (option) {
      var fits = option.value === "" ? allowed.length === 0 : allowed.indexOf(option.value) >= 0;
      option.hidden = !fits;
      option.disabled = !fits;
    });
    var current = target.options[target.selectedIndex];
    if (!current || current.disabled) {
      var first = Array.prototype.find.call(target.options, function (o) { return !o.disabled; });
      target.value = first ? first.value : "";
    }
    target.disabled = allowed.length === 0;
  }

  function wireMove() {
    moveDirty = false;
    var form = document.querySelector("#f-move form.move");
    if (!form) { return; }
    Array.prototype.forEach.call(form.querySelectorAll(".row"), function (row) {
      offerTargets(row);
      row.querySelector("select.action").addEventListener("change", function () {
        offerTargets(row);
      });
    });
    form.addEventListener("input", function () { moveDirty = true; });
    form.addEventListener("submit", function () {
      /* A disabled select is not sent: the server reads a missing target as none. */
      moveDirty = false;
    });
  }

  function replace(name, html) {
    var old = document.getElementById("f-" + name);
    if (!old) { return; }
    if (name === "move" && moveDirty) {
      var note = old.querySelector(".changed-elsewhere");
      if (note) { note.hidden = false; }
      return;
    }
    var template = document.createElement("template");
    template.innerHTML = html;
    old.replaceWith(template.content);
    if (name === "move") { wireMove(); }
    if (name === "clock") { startClock(); }
  }

  /* A stream that drops (the server restarting, the Wi-Fi gone) the browser opens again by
     itself, saying the last event it had; meanwhile the page says it is out of touch. */
  function listen() {
    if (!window.EventSource) { return; }
    var offline = document.getElementById("offline");
    var since = document.body.getAttribute("data-seq") || "";
    var source = new EventSource("/seat/stream?since=" + encodeURIComponent(since));
    source.addEventListener("open", function () { offline.hidden = true; });
    source.addEventListener("error", function () { offline.hidden = false; });
    source.addEventListener("fragments", function (event) {
      var fragments = JSON.parse(event.data);
      Object.keys(fragments).forEach(function (name) { replace(name, fragments[name]); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireMove();
    startClock();
    listen();
  });
})();
