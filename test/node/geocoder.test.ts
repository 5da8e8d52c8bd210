import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ApiClient,
  findContacts,
  GeocoderError,
  normalizePostcode,
  parseHouseNumber,
  PdokGeocoder,
} from '../../packages/core/src/index.ts';
import { startPdokFixture } from './helpers/pdok.ts';
import { startTestServer } from './helpers/server.ts';

describe('postcode and house number as residents type them', () => {
  test('postcodes normalise; impossible ones do not', () => {
    for (const input of ['1353AB', '1353 AB', '1353ab', ' 1353  ab ', '1353aB'])
      assert.equal(normalizePostcode(input), '1353AB', input);
    for (const input of ['0353AB', '1353', '1353A', '13534AB', '1353SS', '1353 SA', 'AB1353', ''])
      assert.equal(normalizePostcode(input), null, input);
  });
  test('house numbers with letters and additions', () => {
    assert.deepEqual(parseHouseNumber('7'), { number: 7, addition: '' });
    assert.deepEqual(parseHouseNumber('7a'), { number: 7, addition: 'A' });
    assert.deepEqual(parseHouseNumber('7 A'), { number: 7, addition: 'A' });
    assert.deepEqual(parseHouseNumber('45-1'), { number: 45, addition: '1' });
    assert.deepEqual(parseHouseNumber('12 bis'), { number: 12, addition: 'BIS' });
    for (const input of ['', 'a', '0', 'twaalf', '123456']) assert.equal(parseHouseNumber(input), null, input);
  });
});

describe('PdokGeocoder against recorded PDOK v3_1 responses', () => {
  let pdok: Awaited<ReturnType<typeof startPdokFixture>>;
  let geocoder: PdokGeocoder;
  before(async () => {
    pdok = await startPdokFixture();
    // Long enough for a loaded machine (CI fuzzes beside this suite); the slow fixture never answers.
    geocoder = new PdokGeocoder({ baseUrl: pdok.url, timeout: 3000 });
  });
  after(() => pdok.close());

  test('finds an address with its CBS areas (GM prefix added), sending only parameters PDOK accepts', async () => {
    const [a, ...rest] = await geocoder.lookup('1353AB', 12);
    assert.equal(rest.length, 0);
    assert.equal(a!.label, 'Kornwierde 12, 1353AB Almere');
    assert.deepEqual([a!.buurtCode, a!.wijkCode, a!.gemeenteCode], ['BU00340801', 'WK003408', 'GM0034']);
    assert.ok(a!.lat > 52.3 && a!.lat < 52.4 && a!.lon > 5.1 && a!.lon < 5.3, 'WKT read longitude first');
    assert.ok(pdok.state.requests.every((r) => !r.includes('400')));
  });

  test('several addresses at one number: all offered, the typed letter first', async () => {
    const all = await geocoder.lookup('1353AC', 7);
    assert.deepEqual(
      all.map((a) => a.addition),
      ['', 'A', 'B'],
    );
    const b = await geocoder.lookup('1353AC', 7, 'b');
    assert.equal(b[0]!.addition, 'B');
  });

  test('an unknown postcode finds nothing', async () => {
    assert.deepEqual(await geocoder.lookup('9999ZZ', 1), []);
  });

  test('my location: the nearest address', async () => {
    const near = await geocoder.reverse(52.3702, 5.2151);
    assert.ok(near);
    assert.equal(near!.gemeenteCode, 'GM0034');
  });

  test('down, slow or broken geocoder: a clear "unavailable" error', async () => {
    for (const mode of ['down', 'slow', 'garbage'] as const) {
      pdok.state.mode = mode;
      await assert.rejects(
        geocoder.lookup('1353AB', 12),
        (e: GeocoderError) => e instanceof GeocoderError && e.kind === 'unavailable',
        mode,
      );
    }
    pdok.state.mode = 'ok';
    await assert.rejects(
      new PdokGeocoder({ baseUrl: 'http://127.0.0.1:9/x' }).lookup('1353AB', 12),
      (e: GeocoderError) => e.kind === 'unavailable',
    );
  });

  test('postcode to contact person, end to end with the real reference server', async () => {
    const api = await startTestServer('sqlite');
    const client = new ApiClient({ baseUrl: `${api.url}/api/v1` });
    const expected: [string, number, string][] = [
      ['1353 ab', 12, 'Sanne de Vries'], // buurt in De Wierden → its wijkregisseur
      ['1315hr', 1, 'Mohamed El Amrani'], // Centrum Almere Stad → its wijkregisseur
      ['1334 DB', 3, 'Fatma Yılmaz'], // Almere Buiten centrum → the buurtcoach
      ['2332 EN', 20, 'Initiatievenloket Leiden'], // no one covers this wijk → the desk
      ['8012DG', 45, 'Bram Mulder'], // Zwolle, Assendorp
    ];
    for (const [postcode, number, name] of expected) {
      const [address] = await geocoder.lookup(normalizePostcode(postcode)!, number);
      const area = address!.buurtCode ?? address!.wijkCode!;
      const byArea = await findContacts(client, { area });
      assert.equal(byArea.contacts[0]!.name, name, `${postcode} ${number} via ${area}`);
      const byPoint = await findContacts(client, { lat: address!.lat, lon: address!.lon });
      assert.equal(byPoint.contacts[0]!.name, name, `${postcode} ${number} by point`);
    }
  });
});
