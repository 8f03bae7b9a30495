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
GQuark
pdz_error_quark (void)
{
  /* Not G_DEFINE_QUARK: in GLib 2.74 it reads and writes its static
   * unguarded, and plans loaded in worker threads (pdz_plan_load_async())
   * may fail in several threads at once. */
  static gsize quark = 0;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("pdz-error-quark"));
  return (GQuark) quark;
}
