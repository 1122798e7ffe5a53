#ifndef BEACON_WORD_BREAK_H
#define BEACON_WORD_BREAK_H

/* Word boundaries of `text` (UTF-8, `length` bytes) for `locale` (e.g. "zh_CN"), from ICU's
   word break iterator (Chinese segmented with ICU's dictionary), as UTF-8 byte offsets into
   `out` (at most `capacity`). Returns how many, or -1 when ICU fails.
   ICU's headers stay out of this one: Swift's Foundation carries its own ICU, and the two
   cannot meet in one Swift module. */
int beacon_word_boundaries(const char *text, int length, const char *locale, int *out, int capacity);

#endif
