/* global document, window */
/*
 * Marquee embed: <script src="https://<marquee>/embed.js" data-brand="…" data-event="…" async></script>
 * Puts the brand's themed shop for one event in an iframe right where the script tag is. The frame
 * sizes itself to its content; several snippets on one page each get their own frame. A site the
 * brand has not allowed gets a short note with a link to the shop instead of a frame.
 */
(function () {
  var script = document.currentScript;
  if (!script || script.getAttribute("data-marquee-done")) return;
  script.setAttribute("data-marquee-done", "1");
  var base = new URL(script.src).origin;
  var brand = script.getAttribute("data-brand") || "";
  var event = script.getAttribute("data-event") || "";
  var shopUrl = base + "/s/" + encodeURIComponent(brand) + "/" + encodeURIComponent(event);
  var box = document.createElement("div");
  box.className = "marquee-embed";
  box.setAttribute("data-brand", brand);
  box.setAttribute("data-event", event);
  script.parentNode.insertBefore(box, script);

  function refuse() {
    box.innerHTML = "";
    var note = document.createElement("p");
    note.setAttribute("data-marquee-refused", "");
    note.style.cssText =
      "font:15px/1.5 system-ui,sans-serif;padding:16px;border:1px solid #d4d4d8;border-radius:12px;margin:0";
    note.appendChild(document.createTextNode("This site is not set up to show these tickets here. "));
    var a = document.createElement("a");
    a.href = shopUrl;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = "Buy them in the shop";
    note.appendChild(a);
    box.appendChild(note);
  }

  function frame() {
    var iframe = document.createElement("iframe");
    iframe.src = base + "/embed/" + encodeURIComponent(brand) + "/" + encodeURIComponent(event);
    // The frame learns its site from the browser's Referer: the origin only, whatever this page's policy.
    iframe.referrerPolicy = "origin";
    iframe.title = "Tickets";
    iframe.style.cssText = "width:100%;border:0;display:block;height:480px;overflow:hidden";
    window.addEventListener("message", function (e) {
      // Only this frame's own messages, from Marquee: several embeds never resize each other.
      if (e.origin !== base || e.source !== iframe.contentWindow) return;
      var d = e.data;
      if (
        d &&
        d.type === "marquee:resize" &&
        typeof d.height === "number" &&
        d.height > 0 &&
        d.height < 20000
      )
        iframe.style.height = Math.ceil(d.height) + "px";
    });
    box.appendChild(iframe);
  }

  fetch(base + "/api/embed/allowed?brand=" + encodeURIComponent(brand), { credentials: "omit" })
    .then(function (r) {
      return r.json();
    })
    .then(function (answer) {
      if (answer && answer.allowed) frame();
      else refuse();
    })
    .catch(refuse);
})();
