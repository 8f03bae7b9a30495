/* pdz-error.h: the libpdz error domain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib.h>

#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PDZ_ERROR:
 *
 * The error domain of libpdz: errors in it carry a [error@Pdz.Error] code.
 */
#define PDZ_ERROR (pdz_error_quark ())

/**
 * PdzError:
 * @PDZ_ERROR_PARSE: the data is not well-formed JSON, not UTF-8, or nested too deep
 * @PDZ_ERROR_FORMAT: the data is JSON but not a plan: wrong root type, or a
 *   missing or unsupported `format` or `version`
 * @PDZ_ERROR_INVALID_VALUE: a member has the wrong type or a value out of its
 *   range: a bad date, an unknown enum nick, a negative amount, an empty id
 * @PDZ_ERROR_UNKNOWN_MEMBER: an object has a member the format does not define
 *   (members starting with `x-` are allowed)
 * @PDZ_ERROR_DUPLICATE_ID: two entities of one kind share an id
 * @PDZ_ERROR_DANGLING_REFERENCE: a reference names an id that no entity of
 *   the right kind has
 * @PDZ_ERROR_CONFLICT: the operation conflicts with the state of the plan or
 *   of the file, e.g. removing an entity that others still reference
 * @PDZ_ERROR_UNSUPPORTED: the operation is not available: a URI that is not
 *   a local file, a report format this build of libpdz leaves out, a file
 *   larger than libpdz reads. Since: 0.2
 * @PDZ_ERROR_DIFFERENT_PLANS: two plans compared as two monitoring rounds
 *   of one plan have different ids: they are not rounds of one plan (see
 *   [ctor@Pdz.Diff.new_from_plans]). Since: 0.2
 *
 * The error codes of the [error@Pdz.Error] domain. Every message says where
 * (a JSON pointer, and line:column for syntax errors) and what was expected.
 */
typedef enum {
  PDZ_ERROR_PARSE,
  PDZ_ERROR_FORMAT,
  PDZ_ERROR_INVALID_VALUE,
  PDZ_ERROR_UNKNOWN_MEMBER,
  PDZ_ERROR_DUPLICATE_ID,
  PDZ_ERROR_DANGLING_REFERENCE,
  PDZ_ERROR_CONFLICT,
  PDZ_ERROR_UNSUPPORTED,
  PDZ_ERROR_DIFFERENT_PLANS,
} PdzError;

PDZ_AVAILABLE_IN_ALL
GQuark pdz_error_quark (void);

G_END_DECLS
