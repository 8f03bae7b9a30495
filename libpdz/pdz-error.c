/* pdz-error.c: the libpdz error domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-util-private.h"

/**
 * pdz_error_quark:
 *
 * Gets the quark of the libpdz error domain, [error@Pdz.Error]. Use the
 * %PDZ_ERROR macro rather than calling this directly.
 *
 * Returns: the error domain quark
 */
GQuark
pdz_error_quark (void)
{
  static gsize quark = 0;

  return _pdz_quark_once (&quark, "pdz-error-quark");
}
