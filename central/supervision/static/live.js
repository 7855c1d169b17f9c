// The live hall view: reload the fragment whenever the hall's log grows (server-sent events), and every
// 30 s so that alerts that come from time passing (a pause past its limit) show without any event.
(function () {
  "use strict";
  var box = document.getElementById("live");
  var state = document.getElementById("live-state");
  if (!box) { return; }
  var busy = false;
  function reload() {
    if (busy) { return; }
    busy = true;
    fetch(box.dataset.src, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (html) { box.innerHTML = html; box.dataset.updated = String(Date.now()); })
      .catch(function () { if (state) { state.textContent = "更新失败，稍后重试"; } })
      .then(function () { busy = false; });
  }
  if (window.EventSource) {
    var source = new EventSource(box.dataset.stream);
    source.addEventListener("head", reload);
    source.onopen = function () { if (state) { state.textContent = "实时更新中"; } };
    source.onerror = function () { if (state) { state.textContent = "连接中断，正在重连…"; } };
  }
  setInterval(reload, 30000);
}());
