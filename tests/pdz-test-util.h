/* pdz-test-util.h: plan loaders shared by the C tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <libpdz/pdz.h>

G_BEGIN_DECLS

PdzPlan *pdz_test_load_file      (const char *path);
PdzPlan *pdz_test_load_data      (const char *data);
PdzPlan *pdz_test_load_example   (void);
PdzPlan *pdz_test_load_test_data (const char *first_element,
                                  ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
