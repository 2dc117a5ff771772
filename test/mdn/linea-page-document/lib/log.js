// Appends a line of text to the page's #log element, as example pages' helpers do.
function log(text) {
  document.getElementById("log").innerText += text + "\n";
}
