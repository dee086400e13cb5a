/**
 * The materials library (tài liệu): guides, sample lectures, handbooks (with their file versions, in
 * GridFS) and videos (as links); where they are published; and which mediators reached them, through a
 * personal reading link or a handout.
 */
@NullMarked
package vn.hoagiai.training.material;

import org.jspecify.annotations.NullMarked;
