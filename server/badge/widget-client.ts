// The browser half of /widget.js, kept as source text: it runs on other sites, outside our bundle, so it
// must not depend on anything a bundler adds. Plain ES2015; the server's data arrives as the `config`
// argument (see widget-script.ts). Untrusted text only ever goes through textContent.
export const WIDGET_CLIENT = String.raw`(function (config) {
  "use strict";
  if (typeof Element === "undefined" || !Element.prototype.attachShadow) return;
  // Read now: currentScript is null in callbacks that run later (DOMContentLoaded, timers).
  var script = document.currentScript;
  var widgets = [];
  var overall = config.overall;
  var components = config.components;
  var warned = {};
  var own = function (object, key) { return typeof key === "string" && Object.prototype.hasOwnProperty.call(object, key); };
  var attr = function (host, name) { return host.getAttribute(name) || (script && script.getAttribute(name)) || null; };

  function state(id) {
    var found = id && components ? components.find(function (c) { return c.id === id; }) : null;
    if (found) return { status: found.status, text: found.name + ": " + config.styles[found.status].component };
    if (id && components && !warned[id]) {
      warned[id] = true;
      console.warn("Status widget: unknown component " + JSON.stringify(id) + ", showing the overall status.");
    }
    return { status: overall, text: config.styles[overall].overall };
  }

  function render(widget) {
    var current = state(widget.component);
    widget.dot.style.background = config.styles[current.status].color;
    widget.text.textContent = current.text;
  }

  function element(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  // A constructed sheet is not subject to the host page's CSP style-src, unlike a <style> element.
  var sheet = null;
  function addStyles(root) {
    if ("adoptedStyleSheets" in root) {
      try {
        if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(config.css); }
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (error) { /* an older browser: fall back to <style> */ }
    }
    var style = element("style");
    style.textContent = config.css;
    root.appendChild(style);
  }

  function mount(host) {
    if (host.shadowRoot) return; // already mounted by another copy of this script
    var root;
    try { root = host.attachShadow({ mode: "open" }); } catch (error) { return; }
    var theme = attr(host, "data-theme");
    var link = element("a", theme === "dark" || theme === "light" ? theme : "auto");
    if (/^https?:/i.test(config.url)) link.href = config.url; // never a javascript: URL on someone else's page
    link.target = "_blank";
    link.rel = "noopener";
    link.title = config.title;
    var dot = element("span", "dot");
    dot.setAttribute("aria-hidden", "true");
    var text = element("span");
    if (config.logo && /^https:/i.test(config.logo)) {
      var logo = element("img", "logo");
      logo.setAttribute("src", config.logo);
      logo.setAttribute("alt", "");
      link.appendChild(logo);
    }
    link.appendChild(dot);
    link.appendChild(text);
    addStyles(root);
    root.appendChild(link);
    var widget = { component: attr(host, "data-component"), dot: dot, text: text };
    widgets.push(widget);
    render(widget);
  }

  function get(path) {
    return fetch(config.base + path, { credentials: "omit" }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    });
  }

  // On any failure (offline, the host's CSP blocks connect-src) the last state stays on screen.
  function refresh() {
    if (document.hidden) return;
    var wantComponents = widgets.some(function (w) { return w.component; });
    Promise.all([get("/api/v2/status.json"), wantComponents ? get("/api/v2/components.json") : null]).then(function (bodies) {
      var status = bodies[0] && bodies[0].status && bodies[0].status.description;
      if (own(config.descriptions, status)) overall = config.descriptions[status];
      var list = bodies[1] && bodies[1].components;
      if (Array.isArray(list)) {
        components = list.filter(function (c) {
          return c && typeof c.id === "string" && typeof c.name === "string" && own(config.styles, c.status);
        });
      }
      widgets.forEach(render);
    }).catch(function () {});
  }

  function start() {
    var containers = document.querySelectorAll("[data-statuspage-widget]");
    if (containers.length) {
      Array.prototype.forEach.call(containers, mount);
    } else if (script && document.body && document.body.contains(script)) {
      var host = element("span");
      script.parentNode.insertBefore(host, script.nextSibling);
      mount(host);
    } else {
      console.warn("Status widget: add <div data-statuspage-widget></div> where the status should appear.");
    }
    if (widgets.length) setInterval(refresh, config.refreshMs);
  }

  // With a container, wait for the whole document so an early async run does not miss it.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})`;
