/** An error with an HTTP status and a Dutch message for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly dutch: string,
  ) {
    super(dutch);
    this.name = 'HttpError';
  }
}

export const nietIngelogd = () => new HttpError(401, 'Je bent niet ingelogd.');
export const geenToegang = () => new HttpError(403, 'Je hebt hier geen toegang toe.');
export const nietGevonden = (wat = 'Dit') => new HttpError(404, `${wat} bestaat niet.`);
