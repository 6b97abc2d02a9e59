/**
 * Who is who across GitHub's two APIs: REST names a GitHub App's bot `name[bot]`, GraphQL names the
 * same account `name`. Every comparison of a login the bulk read returns with `bot-login` goes
 * through here, so neither API's spelling can make the bot miss its own records.
 */

/** A login without the `[bot]` suffix REST adds to bots, in lower case (logins compare without case). */
function canonical(login: string): string {
  const lower = login.toLowerCase();
  return lower.endsWith('[bot]') ? lower.slice(0, -'[bot]'.length) : lower;
}

/** Whether `a` and `b` name the same account, whichever API spelled them. */
export function sameLogin(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}
