// Progressive enhancement: on a narrow screen the header's menu (pages, account, language) folds behind a "Menu"
// button; without JavaScript, or on a wide screen, everything is shown as it is.
(function () {
  var button = document.querySelector('.tp-menu-button');
  var menu = document.getElementById('tp-menu');
  if (!button || !menu) { return; }
  var narrow = window.matchMedia('(max-width: 40em)');
  var set = function (open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    menu.hidden = !open;
  };
  var apply = function () {
    button.hidden = !narrow.matches;
    set(!narrow.matches);
  };
  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  if (narrow.addEventListener) { narrow.addEventListener('change', apply); }
  apply();
})();
