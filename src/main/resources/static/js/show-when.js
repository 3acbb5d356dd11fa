// Progressive enhancement: a block marked data-tp-show-when-checked="<radio id>" is shown only while that radio
// button is chosen (the reason and measure for "vertraagd"). Without JavaScript every block is shown; the server
// checks the fields either way.
(function () {
  document.querySelectorAll('[data-tp-show-when-checked]').forEach(function (block) {
    var radio = document.getElementById(block.getAttribute('data-tp-show-when-checked'));
    if (!radio) { return; }
    var update = function () {
      // keep a block with an error message open, whatever is chosen
      block.hidden = !radio.checked && !block.querySelector('.tp-field-error');
    };
    document.querySelectorAll('input[name="' + radio.name + '"]').forEach(function (other) {
      other.addEventListener('change', update);
    });
    update();
  });
})();
