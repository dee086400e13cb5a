import { describe, expect, it } from 'vitest';
import { ApiError, ProblemError } from '../api';
import { fieldId, formErrorsOf, resolveField } from './fieldErrors';

const shown = (field: string) =>
  ['villageName', 'mediators', 'mediators[0]', 'mediators[0].birthYear'].includes(field);

describe('problem details to field errors', () => {
  it('puts each message on the field the server named, or on the nearest enclosing field shown', () => {
    const error = new ProblemError(422, {
      title: 'Dữ liệu không hợp lệ',
      errors: [
        { field: 'villageName', message: 'Tên thôn, tổ dân phố là bắt buộc' },
        { field: 'mediators[0].birthYear', message: 'Năm sinh phải từ 1900 đến 2008' },
        { field: 'mediators[0].background[1]', message: 'Quá dài' },
        { field: 'mediators', message: 'Mỗi tổ hòa giải chỉ có một tổ trưởng' },
        { field: 'If-Match', message: 'Giá trị If-Match phải là phiên bản (ETag) đã nhận được' },
        { field: '', message: 'Lỗi chung' },
      ],
    });
    expect(formErrorsOf(error, shown)).toEqual({
      byField: {
        villageName: ['Tên thôn, tổ dân phố là bắt buộc'],
        'mediators[0].birthYear': ['Năm sinh phải từ 1900 đến 2008'],
        'mediators[0]': ['Quá dài'],
        mediators: ['Mỗi tổ hòa giải chỉ có một tổ trưởng'],
      },
      general: ['Giá trị If-Match phải là phiên bản (ETag) đã nhận được', 'Lỗi chung'],
    });
  });

  it('reads dotted indexes too', () => {
    expect(resolveField('mediators.0.birthYear', shown)).toBe('mediators[0].birthYear');
  });

  it('shows a problem without fields, or any other failure, as a general message', () => {
    expect(formErrorsOf(new ProblemError(503, { title: 'Dịch vụ tạm thời không khả dụng', detail: 'Thử lại sau 10 giây.' }), shown))
      .toEqual({ byField: {}, general: ['Thử lại sau 10 giây.'] });
    expect(formErrorsOf(new ApiError('Không tìm thấy dữ liệu yêu cầu.', 404), shown).general).toEqual([
      'Không tìm thấy dữ liệu yêu cầu.',
    ]);
  });

  it('gives every field path a valid, stable element id', () => {
    expect(fieldId('mediators[12].birthYear')).toBe('f-mediators-12-birthYear');
  });
});
