/** Messages of the recruiting rule, under `checks.recruiting`. */
export const recruitingMessagesDe = {
  afterDeadline:
    'Der Beitrag erscheint am {{publishDay}}, nach dem Bewerbungsschluss am {{deadline}}. Bitte verschieben Sie ' +
    'ihn vor den Bewerbungsschluss oder begründen Sie, warum er trotzdem erscheinen soll.',
};

export const recruitingMessagesEn: typeof recruitingMessagesDe = {
  afterDeadline:
    'The post goes out on {{publishDay}}, after the application deadline on {{deadline}}. Please move it before ' +
    'the deadline or give a reason why it should still go out.',
};
