package se.isu.ui.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

import se.isu.core.UserWorkspace;

/**
 * Keeps the unsaved state of dirty {@link Drafted} editors as drafts (UserWorkspace: the encrypted database, per
 * user) and removes a draft once its editor is saved, discarded or closed. The state is read on the UI thread (an
 * EMF copy as XMI, cheap); the database is written by a background job, so the window never waits for it. Only what
 * changed since the last write is written.
 */
public final class DraftKeeper {

	/** The workspace service of the moment: DS replaces it when the store restarts. */
	private final java.util.function.Supplier<UserWorkspace> workspace;
	/** Drafts this session wrote, by key, with the text last written (a failed write is forgotten, so it is retried). */
	private final Map<String, String> written = new java.util.concurrent.ConcurrentHashMap<>();

	public DraftKeeper(UserWorkspace workspace) {
		this(() -> workspace);
	}

	public DraftKeeper(java.util.function.Supplier<UserWorkspace> workspace) {
		this.workspace = workspace;
	}

	/**
	 * Writes the drafts of the dirty editors among {@code parts} and removes those of this session whose editor is no
	 * longer dirty or open. Returns the job that does it, or null when nothing changed.
	 */
	public Job keep(Collection<MPart> parts) {
		record Write(String key, String caseNumber, String label, String content) {
		}
		List<Write> writes = new ArrayList<>();
		Set<String> dirty = new HashSet<>();
		for (MPart part : parts) {
			if (part.getObject() instanceof Drafted editor && part.isDirty()) {
				String key = editor.draftKey();
				dirty.add(key);
				String content = editor.draft();
				if (!content.equals(written.get(key))) {
					String label = part.getLocalizedLabel() != null ? part.getLocalizedLabel() : part.getLabel();
					writes.add(new Write(key, editor.draftCaseNumber(), label != null ? label : key, content));
					written.put(key, content);
				}
			}
		}
		List<String> removals = written.keySet().stream().filter(key -> !dirty.contains(key)).toList();
		removals.forEach(written::remove);
		if (writes.isEmpty() && removals.isEmpty()) {
			return null;
		}
		Job job = Job.create(Messages.drafts_job, monitor -> {
			try {
				for (Write write : writes) {
					workspace.get().saveDraft(write.key(), write.caseNumber(), write.label(), write.content());
				}
				removals.forEach(workspace.get()::removeDraft);
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				writes.forEach(write -> written.remove(write.key(), write.content()));
				return Status.error(Messages.drafts_failed, e);
			}
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** Marks a draft put back into an editor as this session's, so saving or closing the editor removes it. */
	public void adopt(String key, String content) {
		written.put(key, content);
	}

	/** At a clean end (the user chose what to keep when asked): this session's drafts go. */
	public void forgetAll() {
		List<String> keys = List.copyOf(written.keySet());
		written.clear();
		keys.forEach(workspace.get()::removeDraft);
	}

}
