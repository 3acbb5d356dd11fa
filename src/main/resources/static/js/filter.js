// Progressive enhancement: a search box that hides the list entries not matching what is typed (title, identifier,
// owners). Without JavaScript the box stays hidden and every entry is shown.
(function () {
  document.querySelectorAll('[data-tp-filter]').forEach(function (input) {
    var field = input.closest('[data-tp-filter-field]');
    if (field) { field.hidden = false; }
    var entries = document.querySelectorAll(input.getAttribute('data-tp-filter'));
    var normalise = function (text) {
      return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    };
    input.addEventListener('input', function () {
      var words = normalise(input.value).split(/\s+/).filter(Boolean);
      entries.forEach(function (entry) {
        var text = normalise(entry.textContent);
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        entry.hidden = !match;
        if (match && words.length) {
          var details = entry.closest('details');
          if (details) { details.open = true; }
        }
      });
    });
  });
})();
