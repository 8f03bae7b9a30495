/* pdz-error.c: the libpdz error domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

/**
 * pdz_error_quark:
 *
 * Gets the quark of the libpdz error domain, [error@Pdz.Error]. Use the
 * %PDZ_ERROR macro rather than calling this directly.
 *
 * Returns: the error domain quark
 */
G_DEFINE_QUARK (pdz-error-quark, pdz_error)
