// Glossa: apply the reader's chosen theme before the page is drawn (no flash of the other one).
// Without a choice, or without this script, the page follows the system's light or dark setting.
try {
  var glossaTheme = localStorage.getItem("glossa.theme");
  if (glossaTheme === "dark" || glossaTheme === "light") { document.documentElement.setAttribute("data-theme", glossaTheme); }
} catch (e) { /* storage unavailable: follow the system */ }
