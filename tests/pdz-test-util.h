/* pdz-test-util.h: plan loaders and assertions shared by the C tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libpdz/pdz.h>

G_BEGIN_DECLS

const char *pdz_test_get_data_dir     (void);
const char *pdz_test_get_examples_dir (void);

PdzPlan *pdz_test_load_file      (const char *path);
PdzPlan *pdz_test_load_data      (const char *data);
PdzPlan *pdz_test_load_example   (void);

/* Removes @path and, if it is a directory, all it holds, read-only
 * directories too; a path that does not exist is no error. */
void     pdz_test_remove_tree    (const char *path);
PdzPlan *pdz_test_load_test_data (const char *first_element,
                                  ...) G_GNUC_NULL_TERMINATED;
PdzCorpus *pdz_test_load_corpus  (void);

/* Text that is not UTF-8: a byte 0xFF never occurs in it. */
#define PDZ_TEST_NOT_UTF8 "bad \xff"

/* Runs @stmt, which must emit exactly one libpdz critical refusing text
 * that is not UTF-8. */
#define PDZ_TEST_EXPECT_UTF8_CRITICAL(stmt) \
  G_STMT_START { \
    g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*g_utf8_validate*"); \
    stmt; \
    g_test_assert_expected_messages (); \
  } G_STMT_END

G_END_DECLS
