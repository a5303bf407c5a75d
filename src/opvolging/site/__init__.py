"""The Django project: settings and URLs. The tracker app holds everything else."""
