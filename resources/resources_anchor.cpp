// Keeps confman_resources a valid library even before any .qrc exists.
namespace confman { int resourcesAnchor() { return 0; } }
