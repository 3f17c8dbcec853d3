/** What commands that keep state say in a chat built without storage (a test, a one-off answer). */
export const NO_STORAGE = 'Reminders need storage, which this chat does not have.';
