import { InvalidOrganisationFileError, parseOrganisation } from './organisation-file';

describe('organisation file', () => {
  it('reads YAML and JSON into departments, with defaults for what is left out', () => {
    const yaml = parseOrganisation(
      'departments:\n  - id: Openbare Ruimte\n    nameNl: Openbare Ruimte\n    nameEn: Public Space\n    headSub: hans\n',
    );
    const json = parseOrganisation(
      JSON.stringify({
        departments: [{ id: 'Openbare Ruimte', nameNl: 'Openbare Ruimte', nameEn: 'Public Space', headSub: 'hans' }],
      }),
    );
    const expected = [
      {
        id: 'Openbare Ruimte',
        nameNl: 'Openbare Ruimte',
        nameEn: 'Public Space',
        headSub: 'hans',
        deputySubs: [],
        active: true,
      },
    ];
    expect(yaml).toEqual(expected);
    expect(json).toEqual(expected);
  });

  it('names every problem with its place', () => {
    const text = JSON.stringify({
      departments: [
        { id: 'A', nameNl: 'A', nameEn: 'A', headSub: 'h', deputySubs: ['h', 'd', 'd'] },
        { id: 'A', nameNl: 'A\u0000', nameEn: 'A', active: 'ja' },
        { id: '', nameNl: 'B', nameEn: 'B', headSub: 'met spatie' },
        'geen object',
      ],
    });
    let error: InvalidOrganisationFileError | null = null;
    try {
      parseOrganisation(text, 'org.json');
    } catch (err) {
      error = err as InvalidOrganisationFileError;
    }
    expect(error?.problems.map((p) => p.field)).toEqual([
      'departments[0].deputySubs[0]',
      'departments[0].deputySubs[2]',
      'departments[1].id',
      'departments[1].nameNl',
      'departments[1].active',
      'departments[2].id',
      'departments[2].headSub',
      'departments[3]',
    ]);
    expect(error?.message).toContain('org.json');
  });

  it('refuses what is not an organisation at all', () => {
    expect(() => parseOrganisation('- a\n- b\n')).toThrow(/must be an object/);
    expect(() => parseOrganisation('departments: {}\n')).toThrow(/departments must be a list/);
    expect(() => parseOrganisation('departments: [\n')).toThrow(/not YAML or JSON/);
    // No YAML aliases: a file cannot blow up into a billion entries.
    expect(() => parseOrganisation('a: &a [x]\ndepartments: *a\n')).toThrow(InvalidOrganisationFileError);
  });
});
