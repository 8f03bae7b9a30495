/* pdz-version-macros.h: symbol visibility and availability macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib.h>

#include "pdz-version.h"

#ifndef _PDZ_EXTERN
#define _PDZ_EXTERN __attribute__((visibility ("default"))) extern
#endif

/**
 * PDZ_ENCODE_VERSION:
 * @major: a major version
 * @minor: a minor version
 *
 * Encodes a libpdz version as one number, for comparisons with
 * %PDZ_VERSION_MIN_REQUIRED and %PDZ_VERSION_MAX_ALLOWED.
 */
#define PDZ_ENCODE_VERSION(major,minor) ((major) << 16 | (minor) << 8)

/**
 * PDZ_VERSION_0_1:
 *
 * The encoded version of libpdz 0.1.
 */
#define PDZ_VERSION_0_1 (PDZ_ENCODE_VERSION (0, 1))

/**
 * PDZ_VERSION_0_2:
 *
 * The encoded version of libpdz 0.2.
 */
#define PDZ_VERSION_0_2 (PDZ_ENCODE_VERSION (0, 2))

#define PDZ_VERSION_CUR_STABLE (PDZ_ENCODE_VERSION (PDZ_MAJOR_VERSION, PDZ_MINOR_VERSION))
#define PDZ_VERSION_PREV_STABLE (PDZ_ENCODE_VERSION (PDZ_MAJOR_VERSION, PDZ_MINOR_VERSION - 1))

/**
 * PDZ_VERSION_MIN_REQUIRED:
 *
 * A macro that should be defined by the user prior to including the
 * `libpdz/pdz.h` header.
 *
 * The definition should be one of the predefined version macros,
 * such as `PDZ_VERSION_0_1`.
 *
 * This macro defines the lower bound for the libpdz API to use; using
 * API deprecated since that version causes a compiler warning.
 */
#ifndef PDZ_VERSION_MIN_REQUIRED
#define PDZ_VERSION_MIN_REQUIRED (PDZ_VERSION_CUR_STABLE)
#endif

/**
 * PDZ_VERSION_MAX_ALLOWED:
 *
 * A macro that should be defined by the user prior to including the
 * `libpdz/pdz.h` header.
 *
 * The definition should be one of the predefined version macros,
 * such as `PDZ_VERSION_0_1`.
 *
 * This macro defines the upper bound for the libpdz API to use; using
 * API newer than that version causes a compiler warning.
 */
#ifndef PDZ_VERSION_MAX_ALLOWED
#define PDZ_VERSION_MAX_ALLOWED (PDZ_VERSION_CUR_STABLE)
#endif

#if PDZ_VERSION_MAX_ALLOWED < PDZ_VERSION_MIN_REQUIRED
#error "PDZ_VERSION_MAX_ALLOWED must be >= PDZ_VERSION_MIN_REQUIRED"
#endif

/**
 * PDZ_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as part of the public API of every libpdz version.
 */
#define PDZ_AVAILABLE_IN_ALL _PDZ_EXTERN

/**
 * PDZ_DEPRECATED:
 *
 * Marks a symbol as deprecated.
 */
#define PDZ_DEPRECATED _PDZ_EXTERN G_DEPRECATED

/**
 * PDZ_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f.
 */
#define PDZ_DEPRECATED_FOR(f) _PDZ_EXTERN G_DEPRECATED_FOR (f)

/**
 * PDZ_UNAVAILABLE:
 * @maj: the major version that introduced the symbol
 * @min: the minor version that introduced the symbol
 *
 * Marks a symbol as unavailable before the given version.
 */
#define PDZ_UNAVAILABLE(maj,min) _PDZ_EXTERN G_UNAVAILABLE (maj, min)

/**
 * PDZ_DEPRECATED_IN_0_1:
 *
 * Marks a symbol as deprecated since libpdz 0.1.
 */

/**
 * PDZ_DEPRECATED_IN_0_1_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated since libpdz 0.1, in favour of @f.
 */

/**
 * PDZ_AVAILABLE_IN_0_1:
 *
 * Marks a symbol as available since libpdz 0.1.
 */
#if PDZ_VERSION_MIN_REQUIRED >= PDZ_VERSION_0_1
#define PDZ_DEPRECATED_IN_0_1 PDZ_DEPRECATED
#define PDZ_DEPRECATED_IN_0_1_FOR(f) PDZ_DEPRECATED_FOR (f)
#else
#define PDZ_DEPRECATED_IN_0_1 _PDZ_EXTERN
#define PDZ_DEPRECATED_IN_0_1_FOR(f) _PDZ_EXTERN
#endif

#if PDZ_VERSION_MAX_ALLOWED < PDZ_VERSION_0_1
#define PDZ_AVAILABLE_IN_0_1 PDZ_UNAVAILABLE (0, 1)
#else
#define PDZ_AVAILABLE_IN_0_1 _PDZ_EXTERN
#endif

/**
 * PDZ_DEPRECATED_IN_0_2:
 *
 * Marks a symbol as deprecated since libpdz 0.2.
 */

/**
 * PDZ_DEPRECATED_IN_0_2_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated since libpdz 0.2, in favour of @f.
 */

/**
 * PDZ_AVAILABLE_IN_0_2:
 *
 * Marks a symbol as available since libpdz 0.2.
 */
#if PDZ_VERSION_MIN_REQUIRED >= PDZ_VERSION_0_2
#define PDZ_DEPRECATED_IN_0_2 PDZ_DEPRECATED
#define PDZ_DEPRECATED_IN_0_2_FOR(f) PDZ_DEPRECATED_FOR (f)
#else
#define PDZ_DEPRECATED_IN_0_2 _PDZ_EXTERN
#define PDZ_DEPRECATED_IN_0_2_FOR(f) _PDZ_EXTERN
#endif

#if PDZ_VERSION_MAX_ALLOWED < PDZ_VERSION_0_2
#define PDZ_AVAILABLE_IN_0_2 PDZ_UNAVAILABLE (0, 2)
#else
#define PDZ_AVAILABLE_IN_0_2 _PDZ_EXTERN
#endif
