import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from '../../action/src/github/client.js';
import { startWorld, type World } from './world.js';

/**
 * The throttling plugin spaces every POST /graphql 1 s apart, as it does writes. Read queries get a
 * client of their own without that spacing (issue 8: a check-pr run makes two queries before it merges).
 */
describe('GraphQL read queries are not spaced like writes', () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(() => w.fake.stop());
  const threeQueries = async (queriesOnly: boolean) => {
    const o = createClient({ token: 'app-token', baseUrl: w.fake.url, queriesOnly });
    const t = performance.now();
    for (let i = 0; i < 3; i++) assert.equal((await o.graphql<{ viewer: { login: string } }>('query { viewer { login } }')).viewer.login, 'breakglass[bot]');
    return performance.now() - t;
  };

  it('the queries client sends three queries back to back; the ordinary client waits about 1 s between them', async () => {
    const reads = await threeQueries(true);
    const spaced = await threeQueries(false);
    assert.ok(reads < 600, `three queries took ${Math.round(reads)} ms on the queries client`);
    assert.ok(spaced >= 1900, `three queries took only ${Math.round(spaced)} ms on the ordinary client: the write spacing is gone`);
  });
});
