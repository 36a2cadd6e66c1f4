import { describe, expect, it } from 'vitest';
import { appForTests } from './harness.ts';

const app = appForTests();

// Markup a clerk might paste, or an attacker might type, into any text field of the plan.
const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"'; drop table plans; --`;

describe('hostile text in a plan', () => {
  it('script tags and HTML typed into a plan, a line, an objective and an indicator stay inert text in the pages', async () => {
    await app.as('Chieve', 'secretary', async (page) => {
      const me = await (await page.request.get('/api/v1/me')).json();
      const orgId: string = me.organizations[0].id;
      const post = async (url: string, data: object) => {
        const res = await page.request.post(url, { data, headers: { origin: app.server.url } });
        expect(res.status(), `${url}: ${await res.text()}`).toBe(201);
        return res.json();
      };
      const plan = await post(`/api/v1/orgs/${orgId}/plans`, {
        title: `Piano ${HOSTILE}`,
        startYear: 2026,
        endYear: 2026,
        introduction: `Premessa ${HOSTILE}`,
      });
      const line = await post(`/api/v1/plans/${plan.id}/strategic-lines`, { title: `Linea ${HOSTILE}` });
      const objective = await post(`/api/v1/plans/${plan.id}/objectives`, {
        code: 'H1',
        title: `Obiettivo ${HOSTILE}`,
        definition: HOSTILE,
        kind: 'operational',
        strategicLineId: line.id,
      });
      await post(`/api/v1/objectives/${objective.id}/indicators`, {
        code: 'HI1',
        title: `Indicatore ${HOSTILE}`,
        formula: HOSTILE,
        purpose: HOSTILE,
        target: 1,
        weight: 100,
        polarity: 'positive',
      });

      for (const path of [`/plans/${plan.id}`, `/plans/${plan.id}/objectives/${objective.id}`]) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expect
          .poll(() => page.locator('main').textContent())
          .toContain('<script>window.__pwned = 1</script>');
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
        ).toBeUndefined();
        expect(await page.locator('main img[src="x"]').count()).toBe(0);
      }
      await expect.poll(() => page.locator('main').textContent()).toContain('Indicatore <script>');
    });
  });
});
