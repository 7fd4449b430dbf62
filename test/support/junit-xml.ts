/** One `testcase` of a JUnit report, read back. */
export interface JunitCase {
  name: string;
  classname: string;
  failure: { type: string; message: string; text: string } | null;
  skipped: string | null;
  systemOut: string;
}

export interface JunitSuite {
  name: string;
  counts: { tests: number; failures: number; errors: number; skipped: number };
  properties: Record<string, string>;
  cases: JunitCase[];
}

/**
 * Reads a JUnit XML report back with the browser's own XML parser (a test
 * that uses it runs in jsdom), and checks its structure as CI tools read it:
 * well-formed, a `testsuites` root of `testsuite`s, each of `testcase`s whose
 * counts agree with the suite's. Throws on anything else.
 */
export function readJunit(xml: string): JunitSuite[] {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  const root = document.documentElement;
  if (root.nodeName !== 'testsuites') throw new Error(`the root is <${root.nodeName}>, not <testsuites>`);
  const suites = children(root, 'testsuite').map((suite): JunitSuite => {
    const cases = children(suite, 'testcase').map((item): JunitCase => {
      const failure = children(item, 'failure')[0];
      const skipped = children(item, 'skipped')[0];
      return {
        name: attribute(item, 'name'),
        classname: attribute(item, 'classname'),
        failure: failure
          ? {
              type: attribute(failure, 'type'),
              message: attribute(failure, 'message'),
              text: failure.textContent ?? '',
            }
          : null,
        skipped: skipped ? attribute(skipped, 'message') : null,
        systemOut: children(item, 'system-out')[0]?.textContent ?? '',
      };
    });
    const counts = {
      tests: Number(attribute(suite, 'tests')),
      failures: Number(attribute(suite, 'failures')),
      errors: Number(attribute(suite, 'errors')),
      skipped: Number(attribute(suite, 'skipped')),
    };
    const counted = {
      tests: cases.length,
      failures: cases.filter((item) => item.failure).length,
      errors: 0,
      skipped: cases.filter((item) => item.skipped !== null).length,
    };
    if (JSON.stringify(counts) !== JSON.stringify(counted))
      throw new Error(`the suite says ${JSON.stringify(counts)}, its cases ${JSON.stringify(counted)}`);
    const properties = Object.fromEntries(
      children(suite, 'properties').flatMap((list) =>
        children(list, 'property').map((property) => [
          attribute(property, 'name'),
          attribute(property, 'value'),
        ]),
      ),
    );
    return { name: attribute(suite, 'name'), counts, properties, cases };
  });
  const total = Number(attribute(root, 'tests'));
  if (total !== suites.reduce((sum, suite) => sum + suite.counts.tests, 0))
    throw new Error('the root’s test count does not add up');
  return suites;
}

function children(parent: Element, name: string): Element[] {
  return Array.from(parent.children).filter((child) => child.nodeName === name);
}

function attribute(element: Element, name: string): string {
  const value = element.getAttribute(name);
  if (value === null) throw new Error(`<${element.nodeName}> has no ${name}`);
  return value;
}
