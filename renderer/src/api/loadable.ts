// Something fetched from main, as a view shows it: on its way, here, or failed with a message.
export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string }
