// placeholder widget for tests
window.skillsmapWidgetLoaded = true;
