import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cropSize, cropsOf, widthVariants } from './crops.js';

describe('crops', () => {
  test('1200 wide when the original allows', () => {
    assert.deepEqual(cropSize(1800, 1200, '16x9'), { width: 1200, height: 675 });
    assert.deepEqual(cropSize(1800, 1200, '4x3'), { width: 1200, height: 900 });
    assert.deepEqual(cropSize(1800, 1200, '1x1'), { width: 1200, height: 1200 });
  });

  test('the largest frame that fits otherwise, never upscaled', () => {
    assert.deepEqual(cropSize(1200, 675, '1x1'), { width: 675, height: 675 });
    assert.deepEqual(cropSize(1200, 675, '4x3'), { width: 900, height: 675 });
    assert.deepEqual(cropSize(800, 1200, '16x9'), { width: 800, height: 450 });
    assert.deepEqual(cropSize(400, 400, '16x9'), { width: 400, height: 225 });
  });

  test('crops and width variants are told apart', () => {
    const variants = [{ width: 400 }, { width: 1200, crop: '1x1' as const }, { width: 1200, crop: '16x9' as const }];
    assert.deepEqual(widthVariants(variants), [{ width: 400 }]);
    assert.deepEqual(cropsOf(variants).map((v) => v.crop), ['16x9', '1x1']);
  });
});
