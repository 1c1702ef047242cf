// Vitest's setup file: the interface's messages set up once, as main.tsx does in the app, so
// modules that word things with the plain i18next instance (editor plugins, the API client) read
// English in unit tests.
import './i18n'
