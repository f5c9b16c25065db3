import { splitTypeList } from '../../../src/core/reader/typeList';

describe('splitTypeList', () => {
  test('splits at ; | line breaks and commas', () => {
    expect(splitTypeList('Kinderärzt:innen; Hebammen, Jugendamt\nKita | Jobcenter')).toEqual(['Kinderärzt:innen', 'Hebammen', 'Jugendamt', 'Kita', 'Jobcenter']);
  });

  test('keeps a comma after an elision hyphen inside the label', () => {
    expect(splitTypeList('Ehe-, Familien- und Lebensberatung, Kita')).toEqual(['Ehe-, Familien- und Lebensberatung', 'Kita']);
  });

  test('drops blanks and bracketed notes', () => {
    expect(splitTypeList(' ; (leer = Standardliste) ;; kinderarzt ')).toEqual(['kinderarzt']);
    expect(splitTypeList('')).toEqual([]);
  });
});
